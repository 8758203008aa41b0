package no.selvhjelp.finder.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.StaleItem;
import no.selvhjelp.finder.editorial.EditorialService;

/**
 * {@code /api/v1/admin/...}: the editors' side, all behind the token: any item including
 * unpublished ones, its history, publish and unpublish, verification, the freshness report, and
 * export and import as JSON and CSV.
 */
@Path("api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public final class EditorialResource {
  static final String CSV = "text/csv";

  /** Lets a client show progress while an export streams in. */
  static final String TOTAL_ITEMS_HEADER = "X-Total-Items";

  static final int MAX_STALE_DAYS = 36_500;

  private final EditorialService editorial;
  private final ItemWrites writes;

  public EditorialResource(EditorialService editorial, ItemWrites writes) {
    this.editorial = editorial;
    this.writes = writes;
  }

  /** Everything, published or not, in exactly the import body's format. */
  @GET
  @Path("export")
  public Response exportJson() {
    StreamingOutput body = editorial::exportJson;
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .header(TOTAL_ITEMS_HEADER, editorial.itemCount())
        .header("Content-Disposition", "attachment; filename=\"selvhjelp-export.json\"")
        .build();
  }

  @GET
  @Path("export.csv")
  @Produces(CSV)
  public Response exportCsv(@QueryParam("type") String type) {
    ItemType t = EditorRequests.csvType(type);
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          editorial.exportCsv(t, writer);
          writer.flush();
        };
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header(TOTAL_ITEMS_HEADER, editorial.itemCount(t))
        .header("Content-Disposition", "attachment; filename=\"" + t.pathSegment() + ".csv\"")
        .build();
  }

  /** A CSV of one type, all or nothing; problems name their CSV line. */
  @POST
  @Path("import.csv")
  @Consumes(CSV)
  public Map<String, ImportCounts> importCsv(
      @QueryParam("type") String type,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    ItemType t = EditorRequests.csvType(type);
    String who = EditorRequests.editor(editor);
    byte[] bytes = EditorRequests.body(body, ImportResource.MAX_BODY_BYTES);
    String charset = EditorRequests.charset(headers.getMediaType());
    return Map.of("imported", editorial.importBody(bytes, t, charset, who, ImportProgress.NONE));
  }

  @GET
  @Path("stale")
  public Map<String, Object> stale(@QueryParam("olderThanDays") String olderThanDays) {
    int days = 180;
    if (olderThanDays != null) {
      try {
        days = Integer.parseInt(olderThanDays.strip());
      } catch (NumberFormatException e) {
        days = -1;
      }
      if (days < 0 || days > MAX_STALE_DAYS) {
        throw new InvalidInputException(
            "Invalid parameter",
            List.of(
                Problem.ofParameter(
                    "olderThanDays", "must be a whole number from 0 to " + MAX_STALE_DAYS)));
      }
    }
    List<StaleItem> items = editorial.stale(days);
    return Map.of("olderThanDays", days, "total", items.size(), "items", items);
  }

  /** Any item, published or not, with the ETag that PUT, PATCH and DELETE can be made on. */
  @GET
  @Path("{type}/{id}")
  public Response item(
      @PathParam("type") String type, @PathParam("id") String id, @Context HttpHeaders headers) {
    return writes.read(EditorRequests.type(type), id, headers);
  }

  /** The item's versions, newest first. */
  @GET
  @Path("{type}/{id}/history")
  public Map<String, List<HistoryEntry>> history(
      @PathParam("type") String type, @PathParam("id") String id) {
    return Map.of(
        "history",
        editorial
            .history(EditorRequests.type(type), GroupsResource.checkedId(id))
            .orElseThrow(NotFoundException::new));
  }

  @POST
  @Path("{type}/{id}/publish")
  public Object publish(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor) {
    return published(type, id, editor, true);
  }

  @POST
  @Path("{type}/{id}/unpublish")
  public Object unpublish(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor) {
    return published(type, id, editor, false);
  }

  /** Sets lastVerified to today (Europe/Oslo). */
  @POST
  @Path("{type}/{id}/verified")
  public Object verified(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor) {
    ItemType t = EditorRequests.type(type);
    String checked = GroupsResource.checkedId(id);
    return editorial
        .markVerified(t, checked, EditorRequests.editor(editor))
        .orElseThrow(NotFoundException::new);
  }

  private Object published(String type, String id, String editor, boolean value) {
    ItemType t = EditorRequests.type(type);
    String checked = GroupsResource.checkedId(id);
    return editorial
        .setPublished(t, checked, value, EditorRequests.editor(editor))
        .orElseThrow(NotFoundException::new);
  }
}
