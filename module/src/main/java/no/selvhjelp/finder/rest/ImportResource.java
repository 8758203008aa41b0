package no.selvhjelp.finder.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.editorial.EditorialService;

/**
 * {@code POST /api/v1/import}: upsert by id, all or nothing. The same import as the editorial
 * API's, so that an export's item versions are checked here too.
 */
@Path("api/v1/import")
public final class ImportResource {
  /** Enough for every group in Norway many times over; more is a mistake or an attack. */
  public static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  private final EditorialService editorial;

  public ImportResource(EditorialService editorial) {
    this.editorial = editorial;
  }

  @POST
  @AdminOnly
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, ImportCounts> importContent(
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor,
      InputStream body)
      throws IOException {
    // A declared length over the limit is refused before a byte of the body is read; a chunked
    // body is read up to one byte past the limit and no further.
    if (declaredLength != null && declaredLength > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    String who = EditorRequests.editor(editor);
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return Map.of("imported", editorial.importBody(bytes, null, who, ImportProgress.NONE));
  }

  private static PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException(
        "The body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB; split the import");
  }
}
