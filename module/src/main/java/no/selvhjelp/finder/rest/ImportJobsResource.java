package no.selvhjelp.finder.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.editorial.EditorialService;
import no.selvhjelp.finder.editorial.ImportJobs;

/**
 * {@code POST /api/v1/admin/imports}: the same import as {@code POST /api/v1/import} (JSON) or
 * {@code /api/v1/admin/import.csv} (CSV with {@code type}), run in the background. 202 with the
 * job's Location at once; {@code GET /api/v1/admin/jobs/{id}} tells how far it got.
 */
@Path("api/v1/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportJobsResource {
  private final EditorialService editorial;
  private final ImportJobs jobs;

  public ImportJobsResource(EditorialService editorial, ImportJobs jobs) {
    this.editorial = editorial;
    this.jobs = jobs;
  }

  @POST
  @AdminOnly
  @Consumes({MediaType.APPLICATION_JSON, EditorialResource.CSV})
  public Response submit(
      @QueryParam("type") String type,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    MediaType sent = headers.getMediaType();
    if (sent == null) {
      // JAX-RS lets a body without a type through to a method that takes several.
      throw new NotSupportedException(
          "This endpoint takes Content-Type application/json or text/csv; the request was sent"
              + " with no Content-Type");
    }
    boolean csv = sent.isCompatible(MediaType.valueOf(EditorialResource.CSV));
    ItemType csvType = csv ? EditorRequests.csvType(type) : null;
    if (!csv && type != null) {
      throw new InvalidInputException(
          "Invalid parameter", List.of(Problem.ofParameter("type", "is only for text/csv bodies")));
    }
    String who = EditorRequests.editor(editor);
    byte[] bytes = EditorRequests.body(body, ImportResource.MAX_BODY_BYTES);
    ImportJobs.Status status =
        jobs.submit(
            progress ->
                editorial.importBody(
                    bytes, csvType, csv ? EditorRequests.charset(sent) : null, who, progress));
    return Response.accepted(status)
        .location(URI.create("/api/v1/admin/jobs/" + status.id()))
        .build();
  }
}
