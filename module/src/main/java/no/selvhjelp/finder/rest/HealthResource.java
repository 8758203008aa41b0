package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code /health}: 503 until the repository and index are ready, then 200 with counts. Load
 * balancers and monitors ask it every few seconds, so the group count is the search index's
 * document count (kept by Lucene, free to read), not a repository read on every call; the index
 * holds every group the repository does (see {@code IndexConsistency}).
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private final Readiness readiness;
  private final LongSupplier groupCount;

  public HealthResource(Readiness readiness, LongSupplier groupCount) {
    this.readiness = readiness;
    this.groupCount = groupCount;
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
    body.put("groups", groupCount.getAsLong());
    return Response.ok(body).build();
  }
}
