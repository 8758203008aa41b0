package no.selvhjelp.finder.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown routes, wrong methods and media types answer in JSON like everything else. */
@Provider
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.ResponseBuilder builder =
        Response.fromResponse(original).entity(ErrorBody.of(message(e)));
    return builder.type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The sentence for an error body: the usual ones in plain words, else the exception's own. */
  static String message(WebApplicationException e) {
    Response original = e.getResponse();
    return switch (original.getStatus()) {
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Only application/json is served here";
      case 415 -> "Send the body as application/json";
      default ->
          e.getMessage() != null ? e.getMessage() : original.getStatusInfo().getReasonPhrase();
    };
  }
}
