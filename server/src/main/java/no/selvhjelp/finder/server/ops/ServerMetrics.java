package no.selvhjelp.finder.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the server counts, in a Micrometer {@link PrometheusMeterRegistry}: every response (recorded
 * by {@link ObservingHandler}), each search's latency, imports and rate-limited searches, plus the
 * JVM ({@link JvmMetrics}) and whatever binders the host adds (the engine's {@link EngineMetrics}).
 * The {@code selvhjelp_*} names, labels and buckets are the ones operators scraped before
 * Micrometer; {@code http_server_requests_seconds} is new (docs/operations.md lists them all).
 * Closing releases the JVM binders' listeners and the registry.
 */
public final class ServerMetrics implements AutoCloseable {
  /**
   * From 0.5 ms (a cached term) to 5 s (something is wrong); search should sit near the left. Fixed
   * buckets rather than Micrometer's percentile histogram so that the {@code le} labels stay the
   * ones dashboards already use and p99 is computable across instances.
   */
  static final Duration[] LATENCY_BUCKETS = {
    Duration.ofNanos(500_000),
    Duration.ofMillis(1),
    Duration.ofNanos(2_500_000),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(20),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5)
  };

  /** A request's method as a label; anything else is "other", so odd methods add no series. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

  /** The search endpoints whose latency is measured, by the label they get. */
  enum SearchEndpoint {
    GROUPS("groups"),
    SUGGEST("suggest"),
    EMBED_GROUPS("embed_groups"),
    VISITOR_PAGE("visitor_page");

    final String label;

    SearchEndpoint(String label) {
      this.label = label;
    }

    /** By the matched route's template (see {@code rest.Route}); null if not a search. */
    static SearchEndpoint of(String method, String route) {
      if (route == null || (!"GET".equals(method) && !"HEAD".equals(method))) {
        return null;
      }
      return switch (route) {
        case "api/v1/groups" -> GROUPS;
        case "api/v1/suggest" -> SUGGEST;
        case "embed/groups" -> EMBED_GROUPS;
        case "" -> VISITOR_PAGE;
        default -> null;
      };
    }
  }

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmMetrics jvm = new JvmMetrics();
  private final Map<SearchEndpoint, Timer> searchLatency = new EnumMap<>(SearchEndpoint.class);
  private final Counter[] responses = new Counter[5]; // 1xx..5xx
  private final Counter importsOk;
  private final Counter importsRejected;
  private final Counter importsUnauthorized;
  private final Counter importsFailed;
  private final Counter rateLimited;
  private final Counter refusedAtOnce;
  private final Meter.MeterProvider<Timer> requests;

  /** With the JVM's meters and those of {@code binders} (bound now, read at scrape time). */
  public ServerMetrics(MeterBinder... binders) {
    jvm.bindTo(registry);
    for (MeterBinder binder : binders) {
      binder.bindTo(registry);
    }
    // Registered up front, so that every series is scraped (as 0) before its first event.
    for (SearchEndpoint e : SearchEndpoint.values()) {
      searchLatency.put(
          e,
          Timer.builder("selvhjelp.search.duration")
              .description(
                  "Time to answer a search or suggest request (successful ones), by endpoint.")
              .tag("endpoint", e.label)
              .serviceLevelObjectives(LATENCY_BUCKETS)
              .register(registry));
    }
    for (int i = 0; i < responses.length; i++) {
      responses[i] =
          Counter.builder("selvhjelp.http.responses")
              .description("HTTP responses by status class.")
              .tag("class", (i + 1) + "xx")
              .register(registry);
    }
    importsOk = imports("ok");
    importsRejected = imports("rejected");
    importsUnauthorized = imports("unauthorized");
    importsFailed = imports("failed");
    rateLimited =
        Counter.builder("selvhjelp.search.rate.limited")
            .description("Search requests refused with 429 by the per-address rate limit.")
            .register(registry);
    refusedAtOnce =
        Counter.builder("selvhjelp.search.concurrency.refused")
            .description(
                "Search requests refused with 429 because their address already had as many"
                    + " searches running and waiting as it may, or waiting for one of them or"
                    + " for its share of search time would have taken longer than a search may"
                    + " wait (the wait for a core's turn is never refused).")
            .register(registry);
    requests =
        Timer.builder("http.server.requests")
            .description(
                "Every response by method, matched route and status, including those answered"
                    + " before Jersey (route \"unmatched\").")
            .serviceLevelObjectives(LATENCY_BUCKETS)
            .withRegistry(registry);
  }

  private Counter imports(String outcome) {
    return Counter.builder("selvhjelp.imports")
        .description("POST /api/v1/import by outcome.")
        .tag("outcome", outcome)
        .register(registry);
  }

  /**
   * One answered request: its status class, its timing by route, and its latency if it was a
   * search. {@code route} is the matched route's template, null if nothing matched.
   */
  void record(String method, String route, int status, long nanos) {
    requests
        .withTags(
            "method", METHODS.contains(method) ? method : "other",
            // Only matched templates (a bounded set) become labels, never the raw path.
            "route", route == null ? "unmatched" : "/" + route,
            "status", Integer.toString(status))
        .record(nanos, TimeUnit.NANOSECONDS);
    int statusClass = status / 100;
    if (statusClass >= 1 && statusClass <= 5) {
      responses[statusClass - 1].increment();
    }
    SearchEndpoint endpoint = SearchEndpoint.of(method, route);
    if (endpoint != null && status < 400) {
      searchLatency.get(endpoint).record(nanos, TimeUnit.NANOSECONDS);
    }
    if ("POST".equals(method) && "api/v1/import".equals(route)) {
      if (status == 200) {
        importsOk.increment();
      } else if (status == 401 || status == 403) {
        importsUnauthorized.increment();
      } else if (status >= 400 && status < 500) {
        importsRejected.increment();
      } else {
        importsFailed.increment();
      }
    }
  }

  void rateLimited() {
    rateLimited.increment();
  }

  void searchesRefusedAtOnce() {
    refusedAtOnce.increment();
  }

  /** The Prometheus text exposition (format 0.0.4), gauges read as of now. */
  String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    jvm.close();
    registry.close();
  }
}
