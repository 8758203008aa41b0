package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.selvhjelp.finder.index.Reindexer;

/**
 * {@code /api/v1/admin/reindex}: rebuild the search index from the repository, in the background.
 */
@Path("api/v1/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {
  private final Reindexer reindexer;

  public AdminResource(Reindexer reindexer) {
    this.reindexer = reindexer;
  }

  /** 202: the rebuild runs on; searches keep working on the current index until the swap. */
  @POST
  @AdminOnly
  public Response start() {
    return Response.accepted(reindexer.start()).build();
  }

  @GET
  @AdminOnly
  public Reindexer.Status status() {
    return reindexer.status();
  }
}
