package no.selvhjelp.finder.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 13's burst: does one client sending hostile searches on many connections at once move other
 * clients' latency? Measured twice in the same run, the same way: the other clients ({@link
 * #VISITORS} connections, each its own address, the visitors' query mix) alone, then the same
 * clients while one address sends hostile text (sixteen unknown 30-letter words, new every time) on
 * {@link #ATTACKER_CONNECTIONS} connections. Bounded: each phase runs for the given seconds. Start
 * the server with {@code --trust-proxy} (the addresses come as X-Forwarded-For), {@code
 * --rate-limit 0} (so that only the searches-at-once limit stands between the clients) and {@code
 * --search-cache 0}.
 */
final class HostileBurst {
  static final int VISITORS = 4;
  private static final String ATTACKER = "203.0.113.66";

  private HostileBurst() {}

  static void measure(URI base, List<String> visitorPaths, int seconds, int attackerConnections)
      throws Exception {
    List<String> hostile = new ArrayList<>();
    HostileTexts texts = new HostileTexts();
    for (int block = 0; block < 20; block++) {
      for (String text : texts.next()) {
        hostile.add(
            "/api/v1/groups?size="
                + QueryMix.PAGE_SIZE
                + "&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
      }
    }
    long waitsBefore = shareWaits(base);
    HttpLoadBenchmark.Result alone =
        HttpLoadBenchmark.run(
            base, "others alone", visitorPaths, VISITORS, seconds, HostileBurst::visitor);
    long waitsAlone = shareWaits(base);
    AtomicReference<HttpLoadBenchmark.Result> burst = new AtomicReference<>();
    AtomicReference<Exception> failed = new AtomicReference<>();
    Thread attacker =
        new Thread(
            () -> {
              try {
                burst.set(
                    HttpLoadBenchmark.run(
                        base,
                        "hostile burst, one address",
                        hostile,
                        attackerConnections,
                        seconds + 2, // outlasts the others' run, so it covers all of it
                        c -> ATTACKER));
              } catch (Exception e) {
                failed.set(e);
              }
            },
            "hostile-burst");
    attacker.start();
    HttpLoadBenchmark.Result during =
        HttpLoadBenchmark.run(
            base,
            "others during the burst",
            visitorPaths,
            VISITORS,
            seconds,
            HostileBurst::visitor);
    attacker.join();
    if (failed.get() != null) {
      throw failed.get();
    }
    long waitsDuring = shareWaits(base);
    if (waitsBefore >= 0 && waitsAlone >= 0 && waitsDuring >= 0) {
      // Whether the other clients, closed loops themselves, were held to their share as well.
      System.out.printf(
          "Searches that waited for their address's share: %d while the others ran alone, %d"
              + " during the burst (the hostile address's included)%n",
          waitsAlone - waitsBefore, waitsDuring - waitsAlone);
    }
    HttpLoadBenchmark.Result b = burst.get();
    System.out.printf(
        "%nBurst: %d connections from one address, %d hostile searches answered (%d refused"
            + " with 429); %d other clients' p50 %.2f → %.2f ms, p99 %.2f → %.2f ms"
            + " (%.2f× alone); their errors: %d alone, %d during%n",
        attackerConnections,
        b.requests() - b.refused(),
        b.refused(),
        VISITORS,
        alone.p50(),
        during.p50(),
        alone.p99(),
        during.p99(),
        during.p99() / alone.p99(),
        alone.errors() + alone.refused(),
        during.errors() + during.refused());
  }

  /**
   * The server's count of searches that waited for their address's share ({@code
   * selvhjelp_search_share_waits_total} in {@code /metrics}, which needs the admin token in
   * SELVHJELP_ADMIN_TOKEN); -1 without the token or the series.
   */
  private static long shareWaits(URI base) throws IOException, InterruptedException {
    String token = System.getenv("SELVHJELP_ADMIN_TOKEN");
    if (token == null) {
      return -1;
    }
    HttpResponse<String> metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/metrics"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return metrics
        .body()
        .lines()
        .filter(line -> line.startsWith("selvhjelp_search_share_waits_total "))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
        .findFirst()
        .orElse(-1);
  }

  private static String visitor(int connection) {
    return "198.51.100." + (connection + 1);
  }
}
