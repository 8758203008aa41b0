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
import no.selvhjelp.finder.content.Messages;

/**
 * Unknown routes, wrong methods and media types answer in JSON like everything else, except an
 * address a browser navigates to outside the API: that gets a small page in the visitor's language
 * with the way to the finder, not {@code {"error":"Not found"}}.
 */
@Provider
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {
  private final ConsumedTypes consumed;
  private final Messages messages;
  @Context private UriInfo uriInfo;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /**
   * @param resources the application's resources, whose {@code @Consumes} a 415 names
   */
  public WebApplicationExceptionMapper(java.util.Collection<?> resources, Messages messages) {
    this.consumed = new ConsumedTypes(resources);
    this.messages = messages;
  }

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.getStatus() == 404 && isPageRequest()) {
      String lang = uriInfo.getQueryParameters().getFirst("lang");
      return Response.status(404)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(StartingPage.notFound(messages, Messages.pageLanguageOf(lang)))
          .build();
    }
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

  /** A browser navigating to an address outside the API (its Accept names HTML). */
  private boolean isPageRequest() {
    if (uriInfo == null || headers == null || uriInfo.getPath().startsWith("api/")) {
      return false;
    }
    String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
    return accept != null && accept.contains("text/html");
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
