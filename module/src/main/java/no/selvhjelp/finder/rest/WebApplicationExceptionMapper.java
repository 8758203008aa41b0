package no.selvhjelp.finder.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/** Unknown routes, wrong methods and media types answer in JSON like everything else. */
@Provider
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {
  private final ConsumedTypes consumed;
  @Context private UriInfo uriInfo;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /**
   * @param resources the application's resources, whose {@code @Consumes} a 415 names
   */
  public WebApplicationExceptionMapper(java.util.Collection<?> resources) {
    this.consumed = new ConsumedTypes(resources);
  }

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    String message = original.getStatus() == 415 && isDefault(e) ? unsupported() : message(e);
    Response.ResponseBuilder builder =
        Response.fromResponse(original).entity(ErrorBody.of(message));
    return builder.type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The sentence for an error body: the usual ones in plain words, else the exception's own. */
  static String message(WebApplicationException e) {
    Response original = e.getResponse();
    return switch (original.getStatus()) {
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Only application/json is served here";
      case 415 ->
          isDefault(e) ? "Send the body with a Content-Type this endpoint takes" : e.getMessage();
      default ->
          e.getMessage() != null ? e.getMessage() : original.getStatusInfo().getReasonPhrase();
    };
  }

  /** Whether the message is the container's own ("HTTP 415 Unsupported Media Type"). */
  private static boolean isDefault(WebApplicationException e) {
    return e.getMessage() == null || e.getMessage().startsWith("HTTP ");
  }

  /** Names the types the endpoint takes and the one that was sent. */
  private String unsupported() {
    Set<String> accepted =
        uriInfo == null || request == null
            ? Set.of()
            : consumed.of(request.getMethod(), uriInfo.getPath());
    MediaType sent = headers == null ? null : headers.getMediaType();
    String was = sent == null ? "no Content-Type" : sent.getType() + "/" + sent.getSubtype();
    if (accepted.isEmpty()) {
      return "Send the body with a Content-Type this endpoint takes (not " + was + ")";
    }
    return "This endpoint takes Content-Type "
        + String.join(" or ", accepted)
        + "; the request was sent with "
        + was;
  }
}
