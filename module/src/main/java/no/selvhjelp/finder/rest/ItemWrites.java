package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Date;
import java.util.Optional;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.content.JsonBodies;
import no.selvhjelp.finder.editorial.EditorialService;
import no.selvhjelp.finder.editorial.EditorialService.Current;

/**
 * PUT, PATCH and DELETE of one item, and the admin read they pair with, the same for all three
 * types: validation like an import, the editor's name, and lost-update protection. Reads carry an
 * {@code ETag} (and {@code Last-Modified}); a write with {@code If-Match} (or {@code
 * If-Unmodified-Since}) that no longer matches is refused with 412 and changes nothing. Without
 * those headers a write is unconditional, as it always was, so existing clients keep working.
 */
public final class ItemWrites {
  /** JSON Merge Patch, RFC 7396. */
  public static final String MERGE_PATCH = "application/merge-patch+json";

  private final EditorialService editorial;
  private final ObjectMapper json;

  public ItemWrites(EditorialService editorial, ObjectMapper json) {
    this.editorial = editorial;
    this.json = json;
  }

  /** 200 with ETag and Last-Modified; 304 for a matching If-None-Match; 404 when absent. */
  Response read(ItemType type, String id, Request request) {
    Current current =
        editorial.current(type, GroupsResource.checkedId(id)).orElseThrow(NotFoundException::new);
    EntityTag tag = new EntityTag(current.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.tag(tag).build();
    }
    return withVersion(Response.ok(current.item()), current).build();
  }

  /** 201 with Location when the item is new, 200 when it replaced one; the body is the item. */
  Response put(ItemType type, String id, InputStream body, String editorHeader, Request request)
      throws IOException {
    String checked = GroupsResource.checkedId(id);
    String editor = EditorRequests.editor(editorHeader);
    JsonNode item =
        body(body, EditorialService.failure("update", type, checked), "one JSON object: the item");
    EditorialService.Written written =
        editorial.put(type, checked, item, editor, current -> precondition(request, current));
    Response.ResponseBuilder answer =
        written.created()
            ? Response.created(URI.create("/api/v1/" + type.pathSegment() + "/" + checked))
            : Response.ok();
    return withVersion(answer.entity(written.item().item()), written.item()).build();
  }

  /** 200 with the whole item after the patch; 404 when absent (a patch does not create). */
  Response patch(ItemType type, String id, InputStream body, String editorHeader, Request request)
      throws IOException {
    String checked = GroupsResource.checkedId(id);
    String editor = EditorRequests.editor(editorHeader);
    JsonNode patch =
        body(
            body,
            EditorialService.failure("patch", type, checked),
            "one JSON object with the fields to change");
    EditorialService.Written written =
        editorial
            .patch(type, checked, patch, editor, current -> precondition(request, current))
            .orElseThrow(NotFoundException::new);
    return withVersion(Response.ok(written.item().item()), written.item()).build();
  }

  /** 204; 404 when absent; 409 (with the linking ids) while other items link to it. */
  Response delete(ItemType type, String id, Request request) {
    String checked = GroupsResource.checkedId(id);
    if (!editorial.delete(type, checked, current -> precondition(request, current))) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  private JsonNode body(InputStream in, String failure, String expected) throws IOException {
    byte[] bytes = EditorRequests.body(in, EditorRequests.MAX_ITEM_BYTES);
    return JsonBodies.read(json, bytes, failure, expected);
  }

  /** The JAX-RS evaluation of If-Match, If-None-Match and If-Unmodified-Since; 412 if unmet. */
  private static void precondition(Request request, Optional<Current> current) {
    Response.ResponseBuilder failed =
        current.isEmpty()
            ? request.evaluatePreconditions()
            : current.get().lastModified() == null
                ? request.evaluatePreconditions(new EntityTag(current.get().etag()))
                : request.evaluatePreconditions(
                    Date.from(current.get().lastModified()), new EntityTag(current.get().etag()));
    if (failed == null) {
      return;
    }
    Response response = failed.build();
    if (response.getStatus() != Response.Status.PRECONDITION_FAILED.getStatusCode()) {
      return; // a 304 answers reads only; a write goes on
    }
    String message =
        current.isEmpty()
            ? "The item does not exist (any more): nothing was changed"
            : "The item was changed since you read it (its ETag is now \""
                + current.get().etag()
                + "\"): nothing was changed. Read it again and apply your change to that version";
    Response.ResponseBuilder refused = Response.status(Response.Status.PRECONDITION_FAILED);
    current.ifPresent(c -> refused.tag(new EntityTag(c.etag())));
    throw new WebApplicationException(message, refused.build());
  }

  private static Response.ResponseBuilder withVersion(
      Response.ResponseBuilder builder, Current current) {
    builder.tag(new EntityTag(current.etag()));
    if (current.lastModified() != null) {
      builder.lastModified(Date.from(current.lastModified()));
    }
    return builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
