package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}, parsed as Prometheus would parse it, after real traffic. */
class MetricsApiTest {
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)");
  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    web = new WebClient(api);
    api.importJson(
        Map.of(
            "districtOffices", List.of(Fixtures.office()),
            "contactPoints", List.of(Fixtures.contactPoint()),
            "groups", List.of(Fixtures.fullGroup())));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResponse<String> scrape() {
    return web.get("/metrics", "Authorization", "Bearer " + ApiServer.TOKEN);
  }

  /**
   * The scrape once {@code key} has reached {@code atLeast}, a minute at most: a request is counted
   * when its handler returns, after its answer has gone out, so the client may ask for /metrics
   * before its last request is counted.
   */
  private static Map<String, Double> scrapeWhen(String key, double atLeast) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    Map<String, Double> samples = parse(scrape().body());
    while (samples.getOrDefault(key, 0.0) < atLeast && System.nanoTime() < deadline) {
      samples = parse(scrape().body());
    }
    return samples;
  }

  /** name{labels} → value; fails on any line that is neither a comment nor a valid sample. */
  private static Map<String, Double> parse(String body) {
    Map<String, Double> samples = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      if (!m.matches()) {
        bad.add(line);
        continue;
      }
      samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.valueOf(m.group(3)));
    }
    assertThat(bad).as("lines that are not Prometheus samples").isEmpty();
    return samples;
  }

  @Test
  void metricsNeedTheAdminTokenAndAreNeverCached() {
    assertThat(web.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(web.get("/metrics", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> r = scrape();
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            t -> assertThat(t.replace(" ", "")).startsWith("text/plain").contains("version=0.0.4"));
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void searchesImportsAndResponsesAreCountedAndTheIndexMatchesTheRepository() {
    Map<String, Double> before = parse(scrape().body());
    for (int i = 0; i < 5; i++) {
      assertThat(web.get("/api/v1/groups?q=sorg").statusCode()).isEqualTo(200);
    }
    web.get("/api/v1/suggest?q=so");
    web.get("/api/v1/groups?page=0"); // 400
    api.post("/api/v1/import", "{\"groups\":[{\"id\":\"x\"}]}", ApiServer.TOKEN); // rejected
    api.post("/api/v1/import", "{\"groups\":[]}", null); // unauthorized
    api.importJson(Map.of("groups", List.of(Fixtures.fullGroup()))); // ok

    String importsOk = "selvhjelp_imports_total{outcome=\"ok\"}";
    Map<String, Double> after = scrapeWhen(importsOk, before.getOrDefault(importsOk, 0.0) + 1);
    String groups = "selvhjelp_search_duration_seconds_count{endpoint=\"groups\"}";
    assertThat(after.get(groups) - before.get(groups)).isEqualTo(5);
    assertThat(after.get("selvhjelp_search_duration_seconds_count{endpoint=\"suggest\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(delta(before, after, importsOk)).isEqualTo(1);
    assertThat(delta(before, after, "selvhjelp_imports_total{outcome=\"rejected\"}")).isEqualTo(1);
    assertThat(delta(before, after, "selvhjelp_imports_total{outcome=\"unauthorized\"}"))
        .isEqualTo(1);
    assertThat(delta(before, after, "selvhjelp_http_responses_total{class=\"2xx\"}"))
        .isGreaterThanOrEqualTo(7);
    assertThat(delta(before, after, "selvhjelp_http_responses_total{class=\"4xx\"}"))
        .isGreaterThanOrEqualTo(3);
    assertThat(after.get("selvhjelp_documents{store=\"index\",type=\"group\"}"))
        .isEqualTo(after.get("selvhjelp_documents{store=\"repository\",type=\"group\"}"))
        .isEqualTo(1);
    assertThat(after.get("selvhjelp_documents{store=\"repository\",type=\"contact_point\"}"))
        .isEqualTo(1);
    assertThat(after.get("selvhjelp_index_size_bytes")).isPositive();
    assertThat(after.get("selvhjelp_index_rebuilds_total")).isGreaterThanOrEqualTo(1);
    assertThat(after.get("selvhjelp_jvm_heap_used_bytes")).isPositive();
    assertThat(after.get("selvhjelp_jvm_threads")).isPositive();
  }

  @Test
  void histogramBucketsAreCumulativeAndEndWithTheCount() {
    String searches = "selvhjelp_search_duration_seconds_count{endpoint=\"groups\"}";
    double before = parse(scrape().body()).getOrDefault(searches, 0.0);
    web.get("/api/v1/groups?q=gruppe");
    Map<String, Double> m = scrapeWhen(searches, before + 1);
    double previous = 0;
    int buckets = 0;
    for (Map.Entry<String, Double> e : m.entrySet()) {
      if (e.getKey().startsWith("selvhjelp_search_duration_seconds_bucket{endpoint=\"groups\"")) {
        assertThat(e.getValue()).as(e.getKey()).isGreaterThanOrEqualTo(previous);
        previous = e.getValue();
        buckets++;
      }
    }
    assertThat(buckets).isGreaterThan(5);
    assertThat(m.get("selvhjelp_search_duration_seconds_bucket{endpoint=\"groups\",le=\"+Inf\"}"))
        .isEqualTo(m.get("selvhjelp_search_duration_seconds_count{endpoint=\"groups\"}"));
    assertThat(m.get("selvhjelp_search_duration_seconds_sum{endpoint=\"groups\"}")).isPositive();
  }

  /**
   * A search over real HTTP is counted by route and status, lands in the explicit latency buckets
   * (so p99 is computable), and the JVM's own meters are scraped beside it.
   */
  @Test
  void aSearchIsCountedAndTimedInBucketsBesideTheJvmMeters() {
    Map<String, Double> before = parse(scrape().body());
    assertThat(web.get("/api/v1/groups?q=sorg").statusCode()).isEqualTo(200);
    String searches = "selvhjelp_search_duration_seconds_count{endpoint=\"groups\"}";
    Map<String, Double> after = scrapeWhen(searches, before.getOrDefault(searches, 0.0) + 1);

    String requests =
        "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/groups\",status=\"200\"}";
    assertThat(delta(before, after, requests)).isEqualTo(1);
    assertThat(delta(before, after, searches)).isEqualTo(1);
    assertThat(after)
        .containsKeys(
            "selvhjelp_search_duration_seconds_bucket{endpoint=\"groups\",le=\"5.0E-4\"}",
            "selvhjelp_search_duration_seconds_bucket{endpoint=\"groups\",le=\"0.05\"}",
            "selvhjelp_search_duration_seconds_bucket{endpoint=\"groups\",le=\"5.0\"}",
            "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/groups\","
                + "status=\"200\",le=\"0.05\"}");
    assertThat(after.keySet())
        .anySatisfy(k -> assertThat(k).startsWith("jvm_memory_used_bytes{area=\"heap\""))
        .contains("jvm_threads_live_threads", "process_uptime_seconds");
  }

  /**
   * An unknown path is counted under the fixed route "unmatched", so raw paths never become series.
   */
  @Test
  void unmatchedPathsAddNoSeries() {
    Map<String, Double> before = parse(scrape().body());
    assertThat(web.get("/no-such-page-4711").statusCode()).isEqualTo(404);
    String unmatched =
        "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}";
    Map<String, Double> after = scrapeWhen(unmatched, before.getOrDefault(unmatched, 0.0) + 1);

    assertThat(delta(before, after, unmatched)).isEqualTo(1);
    assertThat(after.keySet()).noneSatisfy(k -> assertThat(k).contains("4711"));
  }

  private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
    return after.get(key) - before.getOrDefault(key, 0.0);
  }
}
