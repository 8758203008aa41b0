package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.selvhjelp.finder.api.ItemsChangedException;

/**
 * 409: the import is valid, but items it was based on were changed since. A conflict with the
 * stored state, not bad input (400), and not an HTTP precondition header (412): the versions are in
 * the body. Same shape as every import error, one detail per changed item.
 */
@Provider
public final class ItemsChangedMapper implements ExceptionMapper<ItemsChangedException> {
  @Override
  public Response toResponse(ItemsChangedException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(InvalidInputMapper.body(e))
        .build();
  }
}
