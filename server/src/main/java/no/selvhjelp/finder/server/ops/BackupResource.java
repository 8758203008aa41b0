package no.selvhjelp.finder.server.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.rest.AdminOnly;

/**
 * {@code GET /api/v1/admin/backup}: every district office, contact point and group, published or
 * not, in exactly the shape {@code POST /api/v1/import} takes, so that posting the file to an empty
 * server restores it. Groups are streamed one at a time from the repository, so the size of the
 * backup is not held in memory. See docs/operations.md.
 */
@Path("api/v1/admin/backup")
public final class BackupResource {
  private final ContentStore store;
  private final ObjectMapper json;

  public BackupResource(ContentStore store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  @GET
  @AdminOnly
  @Produces(MediaType.APPLICATION_JSON)
  public Response backup() {
    StreamingOutput body =
        out -> {
          try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("districtOffices");
            json.writeValue(g, store.districtOffices());
            g.writeFieldName("contactPoints");
            json.writeValue(g, store.contactPoints());
            g.writeArrayFieldStart("groups");
            store.forEachGroup(
                group -> {
                  try {
                    json.writeValue(g, group);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
            g.writeEndArray();
            g.writeEndObject();
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"selvhjelp-backup.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
