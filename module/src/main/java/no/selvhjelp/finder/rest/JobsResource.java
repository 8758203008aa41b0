package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.selvhjelp.finder.editorial.ImportJobs;

/** {@code GET /api/v1/admin/jobs/{id}}: the state and progress of a background import. */
@Path("api/v1/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public final class JobsResource {
  private final ImportJobs jobs;

  public JobsResource(ImportJobs jobs) {
    this.jobs = jobs;
  }

  @GET
  @Path("{id}")
  @AdminOnly
  public ImportJobs.Status job(@PathParam("id") String id) {
    return jobs.status(id).orElseThrow(NotFoundException::new);
  }
}
