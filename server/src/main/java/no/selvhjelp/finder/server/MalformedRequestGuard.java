package no.selvhjelp.finder.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import no.selvhjelp.finder.server.web.WebHeadersFilter;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Jersey builds a {@link URI} from the request target before any of our code runs, and a target it
 * cannot parse (a broken percent escape such as {@code ?q=%zz}) escapes as a container-level 500.
 * This handler answers such requests with a 400 in the API's JSON error shape first.
 */
final class MalformedRequestGuard extends HttpHandler {
  private static final byte[] BODY =
      "{\"error\":\"The request URL is malformed (a broken %-escape or an illegal character)\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final HttpHandler jersey;

  MalformedRequestGuard(HttpHandler jersey) {
    this.jersey = jersey;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (!parses(request)) {
      response.setStatus(400);
      String path = request.getRequestURI() == null ? "" : request.getRequestURI();
      WebHeadersFilter.securityHeaders(
          path.startsWith("/") ? path.substring(1) : path, response::setHeader);
      response.setContentType("application/json");
      response.setContentLength(BODY.length);
      response.getOutputStream().write(BODY);
      return;
    }
    jersey.service(request, response);
  }

  private static boolean parses(Request request) {
    String query = request.getQueryString();
    String target = request.getRequestURI() + (query == null ? "" : "?" + query);
    try {
      URI uri = new URI(target);
      // Percent escapes must also decode to UTF-8: URI accepts %C3 alone, Jersey then fails.
      java.net.URLDecoder.decode(
          uri.getRawQuery() == null ? "" : uri.getRawQuery(), StandardCharsets.UTF_8);
      return true;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void start() {
    jersey.start();
  }

  @Override
  public void destroy() {
    jersey.destroy();
  }
}
