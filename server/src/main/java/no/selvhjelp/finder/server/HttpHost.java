package no.selvhjelp.finder.server;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import no.selvhjelp.finder.rest.RestApplication;
import no.selvhjelp.finder.server.ops.HttpLimits;
import no.selvhjelp.finder.server.ops.ObservingHandler;
import no.selvhjelp.finder.server.ops.Operations;
import no.selvhjelp.finder.server.ops.SearchSlots;
import no.selvhjelp.finder.server.ops.SearchThreads;
import no.selvhjelp.finder.server.ops.ServerMetrics;
import no.selvhjelp.finder.server.web.WebPages;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Jersey on Grizzly, serving the engine's REST application and, in the standalone server, its pages
 * ({@link WebPages}). Used by the server and by the tests. It owns the metrics its handler records
 * into and the threads searches run on ({@link SearchThreads}), and closes them after the server.
 */
public final class HttpHost implements AutoCloseable {
  private final HttpServer server;
  private final SearchThreads searches;
  private final ServerMetrics metrics;

  private HttpHost(HttpServer server, SearchThreads searches, ServerMetrics metrics) {
    this.server = server;
    this.searches = searches;
    this.metrics = metrics;
  }

  public static ResourceConfig resourceConfig(RestApplication application) {
    return ResourceConfig.forApplication(application)
        // OPTIONS answers CORS preflights, not WADL documents.
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        // Error responses keep our JSON bodies instead of the container's HTML pages.
        .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
  }

  /** The REST application and the standalone server's pages, assets and response headers. */
  public static ResourceConfig resourceConfig(RestApplication application, WebPages web) {
    return resourceConfig(application).registerInstances(web.singletons());
  }

  public static HttpHost start(String host, int port, RestApplication application)
      throws IOException {
    return start(host, port, resourceConfig(application));
  }

  public static HttpHost start(String host, int port, RestApplication application, WebPages web)
      throws IOException {
    return start(host, port, resourceConfig(application, web));
  }

  /** Everything the standalone server runs: the API, the pages, and metrics, backup, rate limit. */
  public static HttpHost start(
      String host, int port, RestApplication application, WebPages web, Operations ops)
      throws IOException {
    return start(
        host,
        port,
        resourceConfig(application, web).registerInstances(ops.singletons().toArray()),
        ops.metrics(),
        ops.searchSlots(),
        ops.trustProxy(),
        ops.limits());
  }

  private static HttpHost start(String host, int port, ResourceConfig config) throws IOException {
    return start(host, port, config, new ServerMetrics(), null, false, HttpLimits.DEFAULT);
  }

  private static HttpHost start(
      String host,
      int port,
      ResourceConfig config,
      ServerMetrics metrics,
      SearchSlots slots,
      boolean trustProxy,
      HttpLimits limits)
      throws IOException {
    SearchThreads searches = new SearchThreads(Operations.cores(), slots, trustProxy);
    boolean success = false;
    try {
      HttpHost http =
          new HttpHost(
              listen(host, port, config, metrics, searches, trustProxy, limits), searches, metrics);
      success = true;
      return http;
    } finally {
      if (!success) {
        searches.close();
        metrics.close();
      }
    }
  }

  private static HttpServer listen(
      String host,
      int port,
      ResourceConfig config,
      ServerMetrics metrics,
      SearchThreads searches,
      boolean trustProxy,
      HttpLimits limits)
      throws IOException {
    URI uri = URI.create("http://" + host + ":" + port + "/");
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            uri, (GrizzlyHttpContainer) null, false, null, false);
    GrizzlyHttpContainer jersey =
        ContainerFactory.createContainer(GrizzlyHttpContainer.class, config);
    server
        .getServerConfiguration()
        .addHttpHandler(
            new ObservingHandler(new MalformedRequestGuard(jersey), metrics, trustProxy, searches),
            "/");
    for (NetworkListener listener : server.getListeners()) {
      listener.registerAddOn(new IgnoreH2cUpgrade());
      listener.registerAddOn(new ParserErrorAnswers());
      // A blocked read (a body that does not come) gives up after the read timeout, and the pool
      // is large enough that a few such clients leave workers for everyone else.
      listener.getTransport().setReadTimeout(limits.readTimeoutSeconds(), TimeUnit.SECONDS);
      listener
          .getTransport()
          .setWorkerThreadPoolConfig(
              ThreadPoolConfig.defaultConfig()
                  .setPoolName("selvhjelp-http")
                  .setCorePoolSize(limits.workers())
                  .setMaxPoolSize(limits.workers()));
    }
    server.start();
    return server;
  }

  public int port() {
    return server.getListeners().iterator().next().getPort();
  }

  public String host() {
    return server.getListeners().iterator().next().getHost();
  }

  public URI baseUri() {
    return URI.create("http://" + host() + ":" + port() + "/");
  }

  /**
   * Lets requests in flight finish (up to 5 s), then stops, then closes the search threads and the
   * metrics.
   */
  @Override
  public void close() {
    try {
      server.shutdown(5, TimeUnit.SECONDS).get(6, TimeUnit.SECONDS);
    } catch (Exception e) {
      server.shutdownNow();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      searches.close();
      metrics.close();
    }
  }
}
