package no.selvhjelp.finder.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * Load on a running server over HTTP: imports N synthetic groups through the API, then keeps C
 * keep-alive connections busy (closed loop: each sends its next request when the answer is in) with
 * the benchmark's query mix on {@code /api/v1/groups}, and reports requests per second and latency
 * percentiles. The same run measures {@code /widget.js} (a small static answer through the same
 * Jersey stack) and {@code /health} as the HTTP stack's ceiling on this machine.
 *
 * <pre>
 * SELVHJELP_ADMIN_TOKEN=... java -cp bench/target/selvhjelp-bench.jar \
 *   no.selvhjelp.finder.bench.HttpLoadBenchmark --url http://127.0.0.1:8080 --groups 10000 \
 *   --connections 32 --seconds 30 [--burst 4,16]
 * </pre>
 */
public final class HttpLoadBenchmark {
  private HttpLoadBenchmark() {}

  record Options(
      String url,
      int groups,
      int connections,
      int seconds,
      int warmupSeconds,
      boolean skipImport,
      List<Integer> burst) {
    static Options parse(String[] args) {
      String url = "http://127.0.0.1:8080";
      int groups = 10_000;
      int connections = 32;
      int seconds = 30;
      int warmup = 10;
      boolean skipImport = false;
      List<Integer> burst = List.of();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--url" -> url = args[++i];
          case "--groups" -> groups = Integer.parseInt(args[++i]);
          case "--connections" -> connections = Integer.parseInt(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          // the server already holds these groups (from an earlier run on the same --data)
          case "--skip-import" -> skipImport = true;
          // then a hostile burst from one address on N connections beside other clients (see
          // HostileBurst); a list measures each
          case "--burst" ->
              burst = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      return new Options(url, groups, connections, seconds, warmup, skipImport, burst);
    }
  }

  /**
   * One measured run: answers per second and latency percentiles in milliseconds (429 answers
   * included), and how many answers were a 429 ({@code refused}) or another failure.
   */
  record Result(
      String name,
      long requests,
      long errors,
      long refused,
      double perSecond,
      double p50,
      double p99,
      double p999) {
    @Override
    public String toString() {
      return String.format(
          "| %s | %,d | %d | %,.0f | %.2f | %.2f | %.2f |",
          name, requests, errors, perSecond, p50, p99, p999);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    URI base = URI.create(options.url());
    ReferenceData ref = ReferenceData.load();
    SyntheticGroups synthetic = new SyntheticGroups(ref);
    List<Group> groups = synthetic.derive(options.groups());
    if (!options.skipImport()) {
      importGroups(base, synthetic, groups);
    }
    Duration waited = Machine.awaitMachineQuiet(Duration.ofMinutes(10));
    System.out.printf("waited %d s for the machine to be idle%n", waited.toSeconds());
    List<String> paths = searchPaths(new QueryMix(groups, ref));
    System.out.printf(
        "%d groups; %d connections, %d s warm-up, %d s per run; %d cores%n",
        groups.size(),
        options.connections(),
        options.warmupSeconds(),
        options.seconds(),
        Runtime.getRuntime().availableProcessors());
    run(base, "warm-up", paths, options.connections(), options.warmupSeconds());
    List<Result> results = new ArrayList<>();
    results.add(
        run(
            base,
            "GET /widget.js (static)",
            List.of("/widget.js"),
            options.connections(),
            options.seconds()));
    results.add(
        run(base, "GET /health", List.of("/health"), options.connections(), options.seconds()));
    results.add(
        run(
            base,
            "GET /api/v1/groups (query mix)",
            paths,
            options.connections(),
            options.seconds()));
    System.out.println("| endpoint | requests | errors | req/s | p50 ms | p99 ms | p99.9 ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    results.forEach(System.out::println);
    for (int attackerConnections : options.burst()) {
      HostileBurst.measure(base, paths, options.seconds(), attackerConnections);
    }
  }

  /**
   * The visitors' mix as the API's query strings, each query as a visitor's first page (10 hits).
   * Hostile text is not part of it: it is measured on its own, in process.
   */
  static List<String> searchPaths(QueryMix mix) {
    List<String> paths = new ArrayList<>();
    for (QueryMix.Kind kind : QueryMix.Kind.VISITOR) {
      for (GroupQuery q : mix.of(kind)) {
        List<String> params = new ArrayList<>();
        if (q.text() != null) {
          params.add("q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        }
        q.kommuner().forEach(k -> params.add("kommune=" + k));
        q.fylker().forEach(f -> params.add("fylke=" + f));
        q.themes().forEach(t -> params.add("theme=" + t));
        params.add("size=" + QueryMix.PAGE_SIZE);
        paths.add("/api/v1/groups?" + String.join("&", params));
      }
    }
    return List.copyOf(paths);
  }

  private static void importGroups(URI base, SyntheticGroups synthetic, List<Group> groups)
      throws IOException, InterruptedException {
    String token = System.getenv("SELVHJELP_ADMIN_TOKEN");
    if (token == null) {
      throw new IllegalStateException("Set SELVHJELP_ADMIN_TOKEN to the server's admin token");
    }
    ObjectMapper json = Json.newMapper();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Object> bodies = new ArrayList<>();
    bodies.add(
        Map.of(
            "districtOffices", synthetic.linkTargets().districtOffices(),
            "contactPoints", synthetic.linkTargets().contactPoints()));
    for (int i = 0; i < groups.size(); i += 1_000) {
      bodies.add(Map.of("groups", groups.subList(i, Math.min(groups.size(), i + 1_000))));
    }
    for (Object body : bodies) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/import"))
                  .timeout(Duration.ofMinutes(5))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Import failed: " + response.statusCode() + " " + response.body());
      }
    }
  }

  /**
   * C connections, each a thread sending its next request as soon as the last one is answered, each
   * as a client of its own address (X-Forwarded-For 10.1.x.y): 32 visitors, not one client with 32
   * connections, which the server's searches-at-once limit would make wait.
   */
  static Result run(URI base, String name, List<String> paths, int connections, int seconds)
      throws InterruptedException {
    return run(
        base, name, paths, connections, seconds, c -> "10.1." + c / 250 + "." + (c % 250 + 1));
  }

  /** As above, connection c as the client {@code address.apply(c)}. */
  static Result run(
      URI base,
      String name,
      List<String> paths,
      int connections,
      int seconds,
      java.util.function.IntFunction<String> address)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong errors = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long[][] samples = new long[connections][];
    int[] counts = new int[connections];
    CountDownLatch done = new CountDownLatch(connections);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int id = c;
      Thread t =
          new Thread(
              () -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int next = id; // connections start at different queries
                try (RawHttpConnection connection =
                    new RawHttpConnection(base, address.apply(id))) {
                  while (running.get()) {
                    String path = paths.get(next++ % paths.size());
                    long started = System.nanoTime();
                    int status = connection.get(path);
                    long took = System.nanoTime() - started;
                    if (status == 429) {
                      refused.incrementAndGet();
                    } else if (status != 200) {
                      errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                  }
                } catch (IOException e) {
                  errors.incrementAndGet();
                  System.err.println(name + ": connection " + id + " failed: " + e);
                } finally {
                  samples[id] = mine;
                  counts[id] = n;
                  done.countDown();
                }
              },
              "load-" + c);
      threads.add(t);
    }
    long started = System.nanoTime();
    threads.forEach(Thread::start);
    done.await(
        seconds,
        java.util.concurrent.TimeUnit.SECONDS); // the run's length, not a wait for a condition
    running.set(false);
    done.await();
    long wall = System.nanoTime() - started;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(samples[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    Result result =
        new Result(
            name,
            total,
            errors.get(),
            refused.get(),
            total / (wall / 1e9),
            percentile(all, 0.50),
            percentile(all, 0.99),
            percentile(all, 0.999));
    System.out.println(result);
    if (result.refused() > 0) {
      // A 429 is quick and counts in the rate: say so, or the rate would look better than it is.
      System.out.printf(
          "%s: %,d of these answers were 429 (refused), counted in the rate%n",
          name, result.refused());
    }
    return result;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
