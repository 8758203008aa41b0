package no.selvhjelp.finder.server.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import no.selvhjelp.finder.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server counts, and its Prometheus text exposition (format 0.0.4), written by hand: a
 * handful of counters and one histogram need no metrics library. Counters are recorded by {@link
 * ObservingHandler} for every response; gauges (index, repository, JVM) are read at scrape time.
 */
public final class ServerMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(ServerMetrics.class);

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

  private final Histogram[] searchLatency = new Histogram[SearchEndpoint.values().length];
  private final LongAdder[] responses = new LongAdder[5]; // 1xx..5xx
  private final LongAdder importsOk = new LongAdder();
  private final LongAdder importsRejected = new LongAdder();
  private final LongAdder importsUnauthorized = new LongAdder();
  private final LongAdder importsFailed = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();

  public ServerMetrics() {
    for (int i = 0; i < searchLatency.length; i++) {
      searchLatency[i] = new Histogram(Histogram.SEARCH_BUCKETS);
    }
    for (int i = 0; i < responses.length; i++) {
      responses[i] = new LongAdder();
    }
  }

  /**
   * One answered request: its status class, and its latency if it was a search. {@code route} is
   * the matched route's template, null if nothing matched.
   */
  void record(String method, String route, int status, long nanos) {
    int statusClass = status / 100;
    if (statusClass >= 1 && statusClass <= 5) {
      responses[statusClass - 1].increment();
    }
    SearchEndpoint endpoint = SearchEndpoint.of(method, route);
    if (endpoint != null && status < 400) {
      searchLatency[endpoint.ordinal()].observe(nanos / 1e9);
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

  /** The exposition, with the engine's and the JVM's gauges as of now. */
  public String scrape(Engine engine) {
    StringBuilder out = new StringBuilder(4096);
    help(
        out,
        "selvhjelp_search_duration_seconds",
        "histogram",
        "Time to answer a search or suggest request (successful ones), by endpoint.");
    for (SearchEndpoint e : SearchEndpoint.values()) {
      searchLatency[e.ordinal()].write(
          out, "selvhjelp_search_duration_seconds", "endpoint=\"" + e.label + "\"");
    }
    help(out, "selvhjelp_http_responses_total", "counter", "HTTP responses by status class.");
    for (int i = 0; i < responses.length; i++) {
      sample(
          out, "selvhjelp_http_responses_total", "class=\"" + (i + 1) + "xx\"", responses[i].sum());
    }
    help(
        out,
        "selvhjelp_search_rate_limited_total",
        "counter",
        "Search requests refused with 429 by the per-address rate limit.");
    sample(out, "selvhjelp_search_rate_limited_total", null, rateLimited.sum());
    help(out, "selvhjelp_imports_total", "counter", "POST /api/v1/import by outcome.");
    sample(out, "selvhjelp_imports_total", "outcome=\"ok\"", importsOk.sum());
    sample(out, "selvhjelp_imports_total", "outcome=\"rejected\"", importsRejected.sum());
    sample(out, "selvhjelp_imports_total", "outcome=\"unauthorized\"", importsUnauthorized.sum());
    sample(out, "selvhjelp_imports_total", "outcome=\"failed\"", importsFailed.sum());
    engine(out, engine);
    jvm(out);
    return out.toString();
  }

  private static void engine(StringBuilder out, Engine engine) {
    try {
      help(out, "selvhjelp_index_size_bytes", "gauge", "Bytes of the live search index.");
      sample(out, "selvhjelp_index_size_bytes", null, engine.index().sizeOnDisk());
      help(
          out,
          "selvhjelp_documents",
          "gauge",
          "Documents by type, in the search index and in the repository (they should match).");
      sample(out, "selvhjelp_documents", "store=\"index\",type=\"group\"", engine.index().size());
      sample(
          out,
          "selvhjelp_documents",
          "store=\"repository\",type=\"group\"",
          engine.store().groupCount());
      sample(
          out,
          "selvhjelp_documents",
          "store=\"repository\",type=\"contact_point\"",
          engine.store().contactPoints().size());
      sample(
          out,
          "selvhjelp_documents",
          "store=\"repository\",type=\"district_office\"",
          engine.store().districtOffices().size());
      help(out, "selvhjelp_index_rebuilds_total", "counter", "Completed full index rebuilds.");
      sample(out, "selvhjelp_index_rebuilds_total", null, engine.index().rebuildCount());
      help(
          out,
          "selvhjelp_index_last_rebuild_seconds",
          "gauge",
          "Duration of the last completed rebuild (-1: none yet).");
      sample(
          out, "selvhjelp_index_last_rebuild_seconds", null, engine.index().lastRebuildSeconds());
    } catch (Exception e) {
      // A scrape must not fail because the repository is busy or closing; the gauges are left out.
      LOG.warn("Metrics: could not read the index or repository ({})", e.toString());
    }
  }

  private static void jvm(StringBuilder out) {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    help(out, "selvhjelp_jvm_heap_used_bytes", "gauge", "Heap in use.");
    sample(out, "selvhjelp_jvm_heap_used_bytes", null, heap.getUsed());
    help(out, "selvhjelp_jvm_heap_max_bytes", "gauge", "Maximum heap (-1: undefined).");
    sample(out, "selvhjelp_jvm_heap_max_bytes", null, heap.getMax());
    help(out, "selvhjelp_jvm_threads", "gauge", "Live threads.");
    sample(
        out, "selvhjelp_jvm_threads", null, ManagementFactory.getThreadMXBean().getThreadCount());
  }

  private static void help(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void sample(StringBuilder out, String name, String labels, double value) {
    out.append(name);
    if (labels != null) {
      out.append('{').append(labels).append('}');
    }
    out.append(' ');
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value);
    } else {
      out.append(String.format(Locale.ROOT, "%s", value));
    }
    out.append('\n');
  }
}
