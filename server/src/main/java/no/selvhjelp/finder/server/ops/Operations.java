package no.selvhjelp.finder.server.ops;

import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.engine.Engine;

/**
 * The standalone server's operational parts over HTTP: metrics ({@code /metrics}) and the
 * per-address search rate limit (backups are the editorial export). {@code HttpHost} registers
 * {@link #singletons()} and wraps its handler in {@link ObservingHandler} with {@link #metrics()}.
 */
public final class Operations {
  private final ServerMetrics metrics = new ServerMetrics();
  private final boolean trustProxy;
  private final List<Object> singletons = new ArrayList<>();

  public Operations(Engine engine, RateLimit searchLimit, boolean trustProxy) {
    this.trustProxy = trustProxy;
    singletons.add(new MetricsResource(metrics, engine));
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

  public boolean trustProxy() {
    return trustProxy;
  }

  public List<Object> singletons() {
    return List.copyOf(singletons);
  }
}
