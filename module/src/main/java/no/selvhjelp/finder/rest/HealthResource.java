package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import no.selvhjelp.finder.api.ContentStore;

/** {@code /health}: 503 until the repository and index are ready, then 200 with counts. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private final Readiness readiness;
  private final ContentStore store;

  public HealthResource(Readiness readiness, ContentStore store) {
    this.readiness = readiness;
    this.store = store;
  }

  @GET
  public Response health() {
    Map<String, Object> body = new LinkedHashMap<>();
    if (!readiness.isReady()) {
      body.put("status", "STARTING");
      body.put("detail", readiness.state());
      return Response.status(503).header("Retry-After", "5").entity(body).build();
    }
    body.put("status", "UP");
    body.put("groups", store.groupCount());
    return Response.ok(body).build();
  }
}
