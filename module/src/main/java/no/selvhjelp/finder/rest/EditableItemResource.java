package no.selvhjelp.finder.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import no.selvhjelp.finder.api.ItemType;

/**
 * The editors' writes to one item, declared once for groups, contact points and district offices.
 * Each of those resources extends this, because JAX-RS routes {@code /api/v1/groups/{id}} to the
 * class that serves its GET; the work is in {@link ItemWrites}.
 */
public abstract class EditableItemResource {
  private final ItemType type;
  private final ItemWrites writes;

  protected EditableItemResource(ItemType type, ItemWrites writes) {
    this.type = type;
    this.writes = writes;
  }

  /** Creates or replaces the item (token); the body is validated like an import item. */
  @PUT
  @Path("{id}")
  @AdminOnly
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(
      @PathParam("id") String id,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor,
      @Context Request request,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return writes.put(type, id, body, editor, request, headers);
  }

  /** Changes the fields the JSON Merge Patch names (token); the result is validated like a PUT. */
  @PATCH
  @Path("{id}")
  @AdminOnly
  @Consumes(ItemWrites.MERGE_PATCH)
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam(EditorRequests.EDITOR_HEADER) String editor,
      @Context Request request,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return writes.patch(type, id, body, editor, request, headers);
  }

  /** 204; 404 when absent; 409 while other items link to it. */
  @DELETE
  @Path("{id}")
  @AdminOnly
  public Response delete(
      @PathParam("id") String id, @Context Request request, @Context HttpHeaders headers) {
    return writes.delete(type, id, request, headers);
  }
}
