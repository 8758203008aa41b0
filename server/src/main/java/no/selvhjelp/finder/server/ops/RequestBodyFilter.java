package no.selvhjelp.finder.server.ops;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.rest.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request body has a limit by its route ({@link HttpLimits}), enforced before and while it is
 * read: a declared {@code Content-Length} over the limit is refused without reading a byte, and any
 * body (chunked included) stops one byte past it. A charset the server does not know is a 415
 * before the body is read. A body that does not arrive within the read timeout is a 408, one that
 * breaks off a 400, each with one INFO line. Runs after authentication, so a write without the
 * token is refused before its body is looked at. Answers are JSON for the API and a short page in
 * Norwegian and English for the pages (the sign-up form).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public final class RequestBodyFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyFilter.class);

  /** The routes that take a whole import. */
  static final Set<String> IMPORTS =
      Set.of("api/v1/import", "api/v1/admin/import.csv", "api/v1/admin/imports");

  private final HttpLimits limits;
  @Context private ResourceInfo resource;
  @Context private UriInfo uri;

  public RequestBodyFilter(HttpLimits limits) {
    this.limits = limits;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    boolean hasBody =
        request.getHeaderString("Transfer-Encoding") != null
            || (length != null && !length.strip().equals("0"));
    if (!hasBody) {
      return;
    }
    Route route = Route.of(request, resource, uri);
    boolean page = !route.isUnder("api");
    MediaType type = request.getMediaType();
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !supported(charset)) {
      request.abortWith(
          answer(
              415,
              page,
              "The charset of the body is not supported; send UTF-8",
              "Skjemaet ble sendt med en tegnkoding vi ikke kjenner. Prøv igjen.",
              "The form was sent in a character encoding we do not know. Please try again."));
      return;
    }
    long limit = limit(route, type);
    String advice = IMPORTS.contains(route.template()) ? "split the import" : "send less";
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(limit, advice, page));
      return;
    }
    String where = route.template();
    request.setEntityStream(
        new BoundedBody(
            request.getEntityStream(),
            limit,
            () -> new WebApplicationException(tooLarge(limit, advice, page)),
            status -> {
              // One line, no stack trace: a client that stops sending is not our fault.
              LOG.info(
                  "The body of a {} to /{} did not arrive: {}",
                  request.getMethod(),
                  where,
                  status == 408 ? "the client stopped sending" : "the connection broke off");
              return new WebApplicationException(
                  status == 408
                      ? answer(
                          408,
                          page,
                          "The request body did not arrive in time",
                          "Skjemaet kom ikke fram i tide. Prøv igjen.",
                          "The form did not arrive in time. Please try again.")
                      : answer(
                          400,
                          page,
                          "The request body ended before its declared length",
                          "Skjemaet kom ikke fram i sin helhet. Prøv igjen.",
                          "The form did not arrive complete. Please try again."));
            }));
  }

  long limit(Route route, MediaType type) {
    if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      return limits.formBytes();
    }
    if (IMPORTS.contains(route.template())) {
      return limits.importBytes();
    }
    return limits.jsonBytes();
  }

  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static Response tooLarge(long limit, String advice, boolean page) {
    String size = limit >= 1024 * 1024 ? (limit >> 20) + " MiB" : (limit >> 10) + " KiB";
    return answer(
        413,
        page,
        "The body is larger than " + size + "; " + advice,
        "Skjemaet er for stort til å sendes. Gjør meldingen kortere.",
        "The form is too large to send. Please shorten the message.");
  }

  /**
   * {@code Connection: close}: what is left of a refused body is not read to find the next request.
   */
  static Response answer(int status, boolean page, String api, String nb, String en) {
    Response.ResponseBuilder r =
        Response.status(status).header("Connection", "close").header("Cache-Control", "no-store");
    if (page) {
      return r.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(
              "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
                  + "<title>Selvhjelp</title></head><body><main><h1>"
                  + nb
                  + "</h1><p lang=\"en\">"
                  + en
                  + "</p></main></body></html>")
          .build();
    }
    return r.type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", api)).build();
  }
}
