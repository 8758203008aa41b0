package no.selvhjelp.finder.server.ops;

import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.engine.Engine;

/**
 * The standalone server's operational parts over HTTP: metrics ({@code /metrics}) and the
 * per-address search rate limit (backups are the editorial export). {@code HttpHost} registers
 * {@link #singletons()} and wraps its handler in {@link ObservingHandler} with {@link #metrics()},
 * which it closes when it stops.
 */
public final class Operations {
  private final ServerMetrics metrics;
  private final boolean trustProxy;
  private final HttpLimits limits;
  private final List<Object> singletons = new ArrayList<>();

  public Operations(Engine engine, RateLimit searchLimit, boolean trustProxy) {
    this(engine, searchLimit, trustProxy, HttpLimits.DEFAULT);
  }

  public Operations(Engine engine, RateLimit searchLimit, boolean trustProxy, HttpLimits limits) {
    this.metrics = new ServerMetrics(new EngineMetrics(engine));
    this.trustProxy = trustProxy;
    this.limits = limits;
    singletons.add(new MetricsResource(metrics));
    singletons.add(new RequestBodyFilter(limits));
    if (searchLimit.enabled()) {
      singletons.add(
          new SearchRateLimitFilter(
              new TokenBuckets(searchLimit, SearchRateLimitFilter.MAX_ADDRESSES, System::nanoTime),
              metrics));
    }
  }

  public ServerMetrics metrics() {
    return metrics;
  }

  public HttpLimits limits() {
    return limits;
  }

  public boolean trustProxy() {
    return trustProxy;
  }

  public List<Object> singletons() {
    return List.copyOf(singletons);
  }
}
