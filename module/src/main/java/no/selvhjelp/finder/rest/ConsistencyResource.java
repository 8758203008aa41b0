package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import no.selvhjelp.finder.index.IndexConsistency;

/**
 * {@code GET /api/v1/admin/consistency[?hashes=true]}: does the index equal the repository, per id
 * and content hash? For operators after an incident, and for the crash and load tests.
 */
@Path("api/v1/admin/consistency")
@Produces(MediaType.APPLICATION_JSON)
public final class ConsistencyResource {
  private final IndexConsistency consistency;

  public ConsistencyResource(IndexConsistency consistency) {
    this.consistency = consistency;
  }

  @GET
  @AdminOnly
  public IndexConsistency.Report check(@QueryParam("hashes") boolean hashes) throws IOException {
    return consistency.check(hashes);
  }
}
