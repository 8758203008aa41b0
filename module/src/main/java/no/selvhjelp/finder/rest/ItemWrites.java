package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.editorial.EditorialService;

/**
 * PUT and DELETE of one item, shared by the three item resources (which own the paths, since JAX-RS
 * routes {@code /api/v1/groups/{id}} to the class that serves its GET).
 */
public final class ItemWrites {
  private final EditorialService editorial;
  private final ObjectMapper json;

  public ItemWrites(EditorialService editorial, ObjectMapper json) {
    this.editorial = editorial;
    this.json = json;
  }

  /** 201 with Location when the item is new, 200 when it replaced one; the body is the item. */
  Response put(ItemType type, String id, InputStream body, String editorHeader) throws IOException {
    String checked = GroupsResource.checkedId(id);
    String editor = EditorRequests.editor(editorHeader);
    byte[] bytes = EditorRequests.body(body, EditorRequests.MAX_ITEM_BYTES);
    EditorialService.Written written =
        editorial.put(type, checked, EditorRequests.json(json, bytes), editor);
    return written.created()
        ? Response.created(URI.create("/api/v1/" + type.pathSegment() + "/" + checked))
            .entity(written.item())
            .build()
        : Response.ok(written.item()).build();
  }

  /** 204; 404 when absent; 409 (with the linking ids) while other items link to it. */
  Response delete(ItemType type, String id) {
    if (!editorial.delete(type, GroupsResource.checkedId(id))) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
