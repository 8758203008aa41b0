package no.selvhjelp.finder.server.ops;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The outermost handler: notes the client's address for the rate limit, and counts every response
 * (including those answered before Jersey, such as a malformed URL's 400) and each search's
 * latency. It reads the path and status only; the query string (visitors' search text) is never
 * looked at.
 */
public final class ObservingHandler extends HttpHandler {
  private final HttpHandler next;
  private final ServerMetrics metrics;
  private final boolean trustProxy;

  public ObservingHandler(HttpHandler next, ServerMetrics metrics, boolean trustProxy) {
    this.next = next;
    this.metrics = metrics;
    this.trustProxy = trustProxy;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    long started = System.nanoTime();
    request.setAttribute(
        ClientAddress.ATTRIBUTE,
        ClientAddress.resolve(
            request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustProxy));
    try {
      next.service(request, response);
    } finally {
      metrics.record(
          request.getMethod().getMethodString(),
          request.getRequestURI(),
          response.getStatus(),
          System.nanoTime() - started);
    }
  }

  @Override
  public void start() {
    next.start();
  }

  @Override
  public void destroy() {
    next.destroy();
  }
}
