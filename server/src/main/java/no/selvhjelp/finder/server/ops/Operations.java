package no.selvhjelp.finder.server.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.engine.Engine;

/**
 * The standalone server's operational parts over HTTP: metrics ({@code /metrics}), the per-address
 * search rate limit and its searches at once (backups are the editorial export). {@code HttpHost}
 * registers {@link #singletons()} and wraps its handler in {@link ObservingHandler} with {@link
 * #metrics()}, which it closes when it stops.
 */
public final class Operations {
  /** How long a search waits for its address's turn: longer, and a 429 tells the client more. */
  static final long MAX_WAIT_MILLIS = 2_000;

  /**
   * The work an address may do at full speed before its share holds it back: a tenth of a second is
   * a few hundred visitors' searches, and a tenth of a second of somebody else's slowness.
   */
  static final long SHARE_BURST_NANOS = 100_000_000L;

  private final ServerMetrics metrics;
  private final boolean trustProxy;
  private final HttpLimits limits;
  private final List<Object> singletons = new ArrayList<>();
  private final SearchSlots slots;

  public Operations(Engine engine, RateLimit searchLimit, boolean trustProxy) {
    this(engine, searchLimit, trustProxy, HttpLimits.DEFAULT);
  }

  public Operations(Engine engine, RateLimit searchLimit, boolean trustProxy, HttpLimits limits) {
    this.slots =
        searchLimit.atOnce() == 0
            ? null
            : new SearchSlots(
                searchLimit.atOnce(),
                waiting(searchLimit, limits),
                MAX_WAIT_MILLIS,
                share(searchLimit),
                cores(),
                System::nanoTime);
    this.metrics =
        slots == null
            ? new ServerMetrics(new EngineMetrics(engine))
            : new ServerMetrics(new EngineMetrics(engine), slotMetrics(slots));
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
    if (slots != null) {
      singletons.add(new SearchSlotsFilter(slots, metrics));
    }
  }

  /**
   * How many searches of one address may wait for a running one: up to half the HTTP workers in all
   * (14 with the defaults), so one address never parks them all, and enough that a client opening
   * many connections at once waits its turn instead of being refused straight away (a refused
   * client asks again at once, and a stream of cheap refusals took more of the cores from everybody
   * else than the waiting did).
   */
  static int waiting(RateLimit searchLimit, HttpLimits limits) {
    return Math.max(0, limits.workers() / 2 - searchLimit.atOnce());
  }

  /** Per address, its share of search time as buckets of work; null when there is none. */
  static TokenBuckets share(RateLimit searchLimit) {
    if (searchLimit.shareMillis() == 0) {
      return null;
    }
    return TokenBuckets.ofTime(
        searchLimit.shareMillis() / 1000.0,
        SHARE_BURST_NANOS,
        SearchRateLimitFilter.MAX_ADDRESSES,
        System::nanoTime);
  }

  private static MeterBinder slotMetrics(SearchSlots slots) {
    return registry -> {
      Gauge.builder("selvhjelp.search.concurrency.addresses", slots, SearchSlots::addresses)
          .description("Client addresses with a search running or waiting now.")
          .register(registry);
      Gauge.builder("selvhjelp.search.concurrency.max", slots, SearchSlots::mostRunningAtOnce)
          .description("The most searches one client address has run at once since the start.")
          .register(registry);
      FunctionCounter.builder("selvhjelp.search.share.waits", slots, SearchSlots::waitedForShare)
          .description(
              "Searches that waited because their client address had used more than its share"
                  + " of search time.")
          .register(registry);
    };
  }

  /** How many searches compute at once: one per core. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The per-address limits on searches at once and search time; null when they are off. */
  public SearchSlots searchSlots() {
    return slots;
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
