package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.server.ops.RateLimit;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Searches at once per address over real HTTP (issue 13): one client sends a bounded burst of
 * hostile searches (sixteen unknown 30-letter words each) on sixteen connections at once, while
 * another client searches. The per-minute limit is off, so only the searches-at-once limit and the
 * share of search time stand between them. How much the burst moves the other client's latency is
 * measured in {@code bench/} ({@code HttpLoadBenchmark --burst}); these tests prove the mechanisms.
 */
class SearchSlotsApiTest {
  private static final String ATTACKER = "203.0.113.66";
  private static final String VISITOR = "198.51.100.23";
  private static final int CONNECTIONS = 16;
  private static final int PER_CONNECTION = 4;

  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer(new RateLimit(0, 0, 2), true);
    web = new WebClient(api);
    api.importJson(
        java.util.Map.of(
            "districtOffices", List.of(Fixtures.office()),
            "contactPoints", List.of(Fixtures.contactPoint()),
            "groups", List.of(Fixtures.fullGroup())));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aBurstFromOneAddressRunsTwoAtATimeAndAnotherAddressIsServedThroughout() throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(CONNECTIONS + 1, r -> new Thread(r, "burst-client"));
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<HttpResponse<String>>>> burst = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        int seed = c;
        burst.add(
            pool.submit(
                () -> {
                  go.await();
                  Random random = new Random(seed);
                  List<HttpResponse<String>> answers = new ArrayList<>();
                  for (int i = 0; i < PER_CONNECTION; i++) {
                    answers.add(from(ATTACKER, "/api/v1/groups?q=" + hostileText(random)));
                  }
                  return answers;
                }));
      }
      Future<List<Integer>> visitor =
          pool.submit(
              () -> {
                go.await();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                  statuses.add(from(VISITOR, "/api/v1/groups?q=sorg").statusCode());
                }
                return statuses;
              });
      go.countDown();

      int refused = 0;
      for (Future<List<HttpResponse<String>>> connection : burst) {
        for (HttpResponse<String> answer : connection.get(2, TimeUnit.MINUTES)) {
          assertThat(answer.statusCode()).as("every burst answer").isIn(200, 429);
          if (answer.statusCode() == 429) {
            refused++;
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.body()).contains("Too many searches");
          }
        }
      }
      assertThat(visitor.get(2, TimeUnit.MINUTES)).as("the other address").containsOnly(200);

      String metrics = web.get("/metrics", "Authorization", "Bearer " + ApiServer.TOKEN).body();
      // Sixteen at once from one address ran two at a time, never more.
      assertThat(gauge(metrics, "selvhjelp_search_concurrency_max")).isEqualTo(2);
      // Every slot was given back, on every path (answered, refused, waited out).
      assertThat(gauge(metrics, "selvhjelp_search_concurrency_addresses")).isZero();
      assertThat(gauge(metrics, "selvhjelp_search_concurrency_refused_total")).isEqualTo(refused);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAddressBeyondItsShareOfSearchTimeWaitsAndAnotherAddressDoesNot() throws Exception {
    // Ten milliseconds of search time a second: once the address has spent its first tenth of a
    // second, its next search waits until it is paid back, or is refused when that would take
    // over 2 s (a search of over 20 ms, which a cold server may run). What it spent is read from
    // the worker thread's CPU clock over real HTTP: if nothing were charged, neither would happen.
    try (ApiServer tight = new ApiServer(new RateLimit(0, 0, 2, 10), true)) {
      tight.importJson(
          java.util.Map.of(
              "districtOffices", List.of(Fixtures.office()),
              "contactPoints", List.of(Fixtures.contactPoint()),
              "groups", List.of(Fixtures.fullGroup())));
      WebClient client = new WebClient(tight);
      Random random = new Random(13);
      int sent = 0;
      boolean refused = false;
      while (!refused && shareWaits(client) == 0) {
        assertThat(sent++).as("searches sent before the address was held back").isLessThan(20_000);
        HttpResponse<String> answer =
            client.get("/api/v1/groups?q=" + hostileText(random), "X-Forwarded-For", ATTACKER);
        assertThat(answer.statusCode()).isIn(200, 429);
        refused = answer.statusCode() == 429;
      }
      double waited = shareWaits(client);
      assertThat(client.get("/api/v1/groups?q=sorg", "X-Forwarded-For", VISITOR).statusCode())
          .isEqualTo(200);
      assertThat(shareWaits(client)).as("the other address did not wait").isEqualTo(waited);
    }
  }

  private static double shareWaits(WebClient client) {
    return gauge(
        client.get("/metrics", "Authorization", "Bearer " + ApiServer.TOKEN).body(),
        "selvhjelp_search_share_waits_total");
  }

  private static HttpResponse<String> from(String address, String path) {
    return web.get(path, "X-Forwarded-For", address);
  }

  /** Sixteen random 30-letter words: the longest text the API takes, nothing the index knows. */
  private static String hostileText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 16; w++) {
      if (w > 0) {
        text.append(' ');
      }
      for (int i = 0; i < 30; i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return URLEncoder.encode(text.toString(), StandardCharsets.UTF_8);
  }

  private static double gauge(String metrics, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
    assertThat(m.find()).as(name + " in /metrics").isTrue();
    return Double.parseDouble(m.group(2));
  }
}
