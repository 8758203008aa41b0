package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.StillLinkedException;

/**
 * 409: the item is still linked to; one detail per linking item, in the linking type's section,
 * naming its link field and its id.
 */
@Provider
public final class StillLinkedMapper implements ExceptionMapper<StillLinkedException> {
  @Override
  public Response toResponse(StillLinkedException e) {
    String field = e.linkingType() == ItemType.GROUP ? "contactPointId" : "districtOfficeId";
    List<Problem> details =
        e.linkingIds().stream()
            .map(id -> new Problem(e.linkingType().importKey(), null, field, id))
            .toList();
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody("Cannot delete: " + e.getMessage(), details))
        .build();
  }
}
