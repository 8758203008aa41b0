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
  Response read(ItemType type, String id, HttpHeaders headers) {
    Current current =
        editorial.current(type, GroupsResource.checkedId(id)).orElseThrow(NotFoundException::new);
    EntityTag tag = new EntityTag(current.etag());
    EntityTagHeader match = EntityTagHeader.of(headers, EntityTagHeader.IF_MATCH);
    if (match != null && !match.matchesStrongly(current.etag())) {
      return Response.status(Response.Status.PRECONDITION_FAILED).tag(tag).build();
    }
    EntityTagHeader noneMatch = EntityTagHeader.of(headers, EntityTagHeader.IF_NONE_MATCH);
    if (noneMatch != null && noneMatch.matchesWeakly(current.etag())) {
      return Response.notModified(tag).build();
    }
    return withVersion(Response.ok(current.item()), current).build();
  }

  /** 201 with Location when the item is new, 200 when it replaced one; the body is the item. */
  Response put(
      ItemType type,
      String id,
      InputStream body,
      String editorHeader,
      Request request,
      HttpHeaders headers)
      throws IOException {
    String checked = GroupsResource.checkedId(id);
    String editor = EditorRequests.editor(editorHeader);
    JsonNode item =
        body(body, EditorialService.failure("update", type, checked), "one JSON object: the item");
    EditorialService.Written written =
        editorial.put(
            type, checked, item, editor, current -> precondition(request, headers, current));
    Response.ResponseBuilder answer =
        written.created()
            ? Response.created(URI.create("/api/v1/" + type.pathSegment() + "/" + checked))
            : Response.ok();
    return withVersion(answer.entity(written.item().item()), written.item()).build();
  }

  /** 200 with the whole item after the patch; 404 when absent (a patch does not create). */
  Response patch(
      ItemType type,
      String id,
      InputStream body,
      String editorHeader,
      Request request,
      HttpHeaders headers)
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
            .patch(type, checked, patch, editor, current -> precondition(request, headers, current))
            .orElseThrow(NotFoundException::new);
    return withVersion(Response.ok(written.item().item()), written.item()).build();
  }

  /** 204; 404 when absent; 409 (with the linking ids) while other items link to it. */
  Response delete(ItemType type, String id, Request request, HttpHeaders headers) {
    String checked = GroupsResource.checkedId(id);
    if (!editorial.delete(type, checked, current -> precondition(request, headers, current))) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  private JsonNode body(InputStream in, String failure, String expected) throws IOException {
    byte[] bytes = EditorRequests.body(in, EditorRequests.MAX_ITEM_BYTES);
    return JsonBodies.read(json, bytes, failure, expected);
  }

  /**
   * If-Match, If-None-Match (both read by {@link EntityTagHeader}, so a malformed one is a 400, and
   * checked first, as RFC 9110 §13.2.2 orders them) and If-Unmodified-Since; 412 if one is unmet.
   */
  private static void precondition(
      Request request, HttpHeaders headers, Optional<Current> current) {
    EntityTagHeader match = EntityTagHeader.of(headers, EntityTagHeader.IF_MATCH);
    EntityTagHeader noneMatch = EntityTagHeader.of(headers, EntityTagHeader.IF_NONE_MATCH);
    boolean unmet =
        match != null && (current.isEmpty() || !match.matchesStrongly(current.get().etag()));
    if (!unmet && noneMatch != null && current.isPresent()) {
      unmet = noneMatch.matchesWeakly(current.get().etag());
    }
    Response.ResponseBuilder failed =
        unmet
            ? Response.status(Response.Status.PRECONDITION_FAILED)
            // If-Unmodified-Since only counts without If-Match (RFC 9110 §13.1.4).
            : match == null && current.isPresent() && current.get().lastModified() != null
                ? request.evaluatePreconditions(Date.from(current.get().lastModified()))
                : null;
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
