package no.selvhjelp.finder.server.ops;

import java.util.concurrent.atomic.AtomicBoolean;
import no.selvhjelp.finder.rest.Route;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost handler: notes the client's address for the rate limit (a search's is noted
 * already, where {@link SearchThreads} chose its thread), and counts every response (including
 * those answered before Jersey, such as a malformed URL's 400) and each search's latency, by the
 * route Jersey matched ({@link Route}). It reads the route and status only; the query string
 * (visitors' search text) is never looked at. Grizzly asks it where to run each request: searches
 * on their own threads ({@link SearchThreads}), the rest on the HTTP workers.
 */
public final class ObservingHandler extends HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ObservingHandler.class);

  private final AtomicBoolean warnedAboutProxy = new AtomicBoolean();
  private final HttpHandler next;
  private final ServerMetrics metrics;
  private final boolean trustProxy;
  private final SearchThreads searches;

  public ObservingHandler(
      HttpHandler next, ServerMetrics metrics, boolean trustProxy, SearchThreads searches) {
    this.next = next;
    this.metrics = metrics;
    this.trustProxy = trustProxy;
    this.searches = searches;
  }

  @Override
  public RequestExecutorProvider getRequestExecutorProvider() {
    return searches;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    long started = System.nanoTime();
    String forwardedFor = request.getHeader("X-Forwarded-For");
    if (forwardedFor != null && !trustProxy && warnedAboutProxy.compareAndSet(false, true)) {
      // Behind a proxy, every visitor would share the proxy's rate-limit bucket. Said once, and
      // without the header's value (visitors' addresses are personal data).
      LOG.warn(
          "Requests arrive with X-Forwarded-For but --trust-proxy is off: the search rate limit"
              + " counts the proxy's address for all of them. Set --trust-proxy behind a proxy.");
    }
    if (request.getAttribute(ClientAddress.ATTRIBUTE) == null) { // a search's is already known
      request.setAttribute(
          ClientAddress.ATTRIBUTE,
          ClientAddress.resolve(request.getRemoteAddr(), forwardedFor, trustProxy));
    }
    try {
      next.service(request, response);
    } finally {
      Object route = request.getAttribute(Route.PROPERTY);
      metrics.record(
          request.getMethod().getMethodString(),
          route instanceof Route r ? r.template() : null,
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
