package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.index.GroupDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minute of mixed traffic against the real server: 8 writers importing, updating and deleting, 64
 * readers searching, opening groups and asking for suggestions. Every answer must be one the API
 * promises for that request, the index must equal the repository afterwards, and the server's heap
 * (after GC) and thread count must level off rather than grow. Heap and threads are read over JMX,
 * by attaching to the server process the way an operator's jcmd would.
 */
class MixedLoadIT {
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));
  private static final int WRITERS = 8;
  private static final int READERS = 64;
  private static final int SEEDED = 1_000;
  private static final List<String> WORDS =
      List.of("mestring", "angst", "sorg", "gruppe", "erfaringer", "samtale", "møtes", "mestrng");
  private static final List<String> KOMMUNER = List.of("0301", "4601", "4602", "5001", "1103");
  private static final List<String> THEMES = List.of("angst", "sorg", "parorende", "rus");

  private final ObjectMapper json = Json.newMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
  private final AtomicLong requests = new AtomicLong();
  // id -> content hash of the last acknowledged write; each writer owns its ids, so this is exact
  private final Map<String, String> expected = new ConcurrentHashMap<>();
  @TempDir Path data;

  private record Sample(long heapAfterGc, int threads) {}

  @Test
  void mixedTrafficGivesNoErrorsKeepsIndexEqualToRepositoryAndLeaksNothing() throws Exception {
    // 64 readers share one address: the per-address search limits (on by default) are not what
    // this test is about, so they are off here; RateLimitApiTest and SearchSlotsApiTest cover them.
    try (ServerProcess server =
        ServerProcess.start(data, "--no-demo", "--rate-limit", "0", "--searches-at-once", "0")) {
      String base = "http://127.0.0.1:" + server.port;
      for (int batch = 0; batch < SEEDED / 500; batch++) {
        List<Group> groups = new ArrayList<>();
        for (int i = batch * 500; i < (batch + 1) * 500; i++) {
          groups.add(group("seed-" + i, 0, i));
        }
        assertThat(server.post("/api/v1/import", body(groups)).statusCode()).isEqualTo(200);
        groups.forEach(g -> expected.put(g.id(), GroupDocuments.hash(g)));
      }

      List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> threads = new ArrayList<>();
      try (JmxProbe probe = JmxProbe.attach(server.pid())) {
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          threads.add(new Thread(() -> write(base, writer, running), "load-writer-" + w));
        }
        for (int r = 0; r < READERS; r++) {
          int reader = r;
          threads.add(new Thread(() -> read(base, reader, running), "load-reader-" + r));
        }
        threads.forEach(Thread::start);
        long end = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < end) {
          samples.add(probe.sample());
          long next = Math.min(System.nanoTime() + Duration.ofSeconds(5).toNanos(), end);
          ServerProcess.waitFor(() -> System.nanoTime() >= next, RUN, "the next sample");
        }
        running.set(false);
        for (Thread t : threads) {
          t.join(Duration.ofSeconds(60).toMillis());
          assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
        }
        samples.add(probe.sample());
      }

      System.out.printf(
          "MixedLoadIT: %d requests in %s, %d groups at the end; heap after GC (MB) %s; threads"
              + " %s%n",
          requests.get(),
          RUN,
          expected.size(),
          samples.stream().map(s -> s.heapAfterGc() >> 20).toList(),
          samples.stream().map(Sample::threads).toList());
      assertThat(errors).as("unexpected answers").isEmpty();
      assertThat(requests.get()).as("traffic happened").isGreaterThan(WRITERS + READERS);

      JsonNode report =
          json.readTree(server.getAdmin("/api/v1/admin/consistency?hashes=true").body());
      Map<String, String> stored = new TreeMap<>();
      report
          .get("repositoryHashes")
          .fields()
          .forEachRemaining(e -> stored.put(e.getKey(), e.getValue().asText()));
      assertThat(stored)
          .as("the repository holds every acknowledged write")
          .isEqualTo(new TreeMap<>(expected));
      assertThat(report.get("consistent").asBoolean()).as(report.toString()).isTrue();

      assertBounded(samples);
    }
  }

  /**
   * The first sample is taken as the pool and caches fill; after it, the live heap may grow with
   * the content the writers add, but not without bound, and threads must level off.
   */
  private static void assertBounded(List<Sample> samples) {
    assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
    List<Sample> steady = samples.subList(1, samples.size());
    int half = steady.size() / 2;
    long firstHeap =
        steady.subList(0, half).stream().mapToLong(Sample::heapAfterGc).max().orElseThrow();
    long lastHeap = steady.get(steady.size() - 1).heapAfterGc();
    assertThat(lastHeap)
        .as("live heap at the end vs. the first half")
        .isLessThan(firstHeap * 3 / 2 + (48L << 20));
    int firstThreads =
        steady.subList(0, half).stream().mapToInt(Sample::threads).max().orElseThrow();
    int lastThreads =
        steady.subList(half, steady.size()).stream().mapToInt(Sample::threads).max().orElseThrow();
    assertThat(lastThreads)
        .as("threads in the second half vs. the first")
        .isLessThanOrEqualTo(firstThreads + 8);
  }

  private void write(String base, int writer, AtomicBoolean running) {
    Random random = new Random(writer);
    List<String> mine = new ArrayList<>();
    int next = 0;
    while (running.get()) {
      int op = random.nextInt(10);
      try {
        if (op < 5 || mine.isEmpty()) { // import new groups
          List<Group> groups = new ArrayList<>();
          int n = 1 + random.nextInt(20);
          for (int i = 0; i < n; i++) {
            groups.add(group("w" + writer + "-" + next++, 1, random.nextInt(1000)));
          }
          send(base, "POST", "/api/v1/import", body(groups), Set.of(200), groups, mine);
        } else if (op < 8) { // update one of mine by importing a new version
          String id = mine.get(random.nextInt(mine.size()));
          Group g = group(id, 2 + random.nextInt(1000), random.nextInt(1000));
          send(base, "POST", "/api/v1/import", body(List.of(g)), Set.of(200), List.of(g), mine);
        } else { // delete one of mine
          String id = mine.remove(random.nextInt(mine.size()));
          if (send(base, "DELETE", "/api/v1/groups/" + id, null, Set.of(204), List.of(), mine)) {
            expected.remove(id);
          }
        }
      } catch (Exception e) {
        errors.add("writer " + writer + ": " + e);
      }
    }
  }

  private boolean send(
      String base,
      String method,
      String path,
      String body,
      Set<Integer> ok,
      List<Group> written,
      List<String> mine)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + ServerProcess.TOKEN);
    if (body != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    requests.incrementAndGet();
    if (!ok.contains(response.statusCode())) {
      errors.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
      return false;
    }
    for (Group g : written) {
      if (expected.put(g.id(), GroupDocuments.hash(g)) == null) {
        mine.add(g.id());
      }
    }
    return true;
  }

  private void read(String base, int reader, AtomicBoolean running) {
    Random random = new Random(1000 + reader);
    while (running.get()) {
      String path;
      Set<Integer> ok = Set.of(200);
      int op = random.nextInt(10);
      if (op < 6) {
        path = "/api/v1/groups?" + searchParams(random);
      } else if (op < 8) {
        path = "/api/v1/groups/seed-" + random.nextInt(SEEDED); // seeded groups are never deleted
      } else if (op < 9) {
        // a writer's group: it may not exist yet, or be deleted already
        path = "/api/v1/groups/w" + random.nextInt(WRITERS) + "-" + random.nextInt(200);
        ok = Set.of(200, 404);
      } else {
        String word = WORDS.get(random.nextInt(WORDS.size()));
        path = "/api/v1/suggest?q=" + enc(word.substring(0, 2 + random.nextInt(word.length() - 2)));
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        if (!ok.contains(response.statusCode())) {
          errors.add("GET " + path + " -> " + response.statusCode() + " " + response.body());
        }
      } catch (Exception e) {
        errors.add("reader " + reader + " GET " + path + ": " + e);
      }
    }
  }

  private static String searchParams(Random random) {
    List<String> p = new ArrayList<>();
    if (random.nextInt(3) > 0) {
      p.add("q=" + enc(WORDS.get(random.nextInt(WORDS.size()))));
    }
    switch (random.nextInt(5)) {
      case 0 -> p.add("kommune=" + KOMMUNER.get(random.nextInt(KOMMUNER.size())));
      case 1 -> p.add("fylke=03");
      case 2 -> p.add("near=59.91,10.75&radiusKm=" + (1 + random.nextInt(200)) + "&sort=distance");
      default -> {}
    }
    if (random.nextBoolean()) {
      p.add("theme=" + THEMES.get(random.nextInt(THEMES.size())));
    }
    if (random.nextInt(4) == 0) {
      p.add("format=" + (random.nextBoolean() ? "digital" : "physical"));
    }
    p.add("page=" + (1 + random.nextInt(3)));
    p.add("size=" + (1 + random.nextInt(50)));
    return String.join("&", p);
  }

  private String body(List<Group> groups) throws Exception {
    return json.writeValueAsString(Map.of("groups", groups));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Group group(String id, int version, int n) {
    return new Group(
        id,
        "Samtalegruppe " + n + " om mestring, versjon " + version,
        null,
        "Vi møtes og deler erfaringer om angst og sorg. Gruppe " + n + ".",
        List.of(THEMES.get(n % THEMES.size())),
        List.of("nb"),
        n % 3 == 0 ? "digital" : "physical",
        "0301",
        null,
        null,
        59.8 + (n % 100) / 500.0,
        10.6 + (n % 50) / 200.0,
        null,
        "open",
        null,
        null,
        null,
        null,
        null,
        true);
  }

  /** The server's own heap and thread count, read over JMX after attaching to its process. */
  private static final class JmxProbe implements AutoCloseable {
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final ThreadMXBean threads;

    private JmxProbe(JMXConnector connector, MemoryMXBean memory, ThreadMXBean threads) {
      this.connector = connector;
      this.memory = memory;
      this.threads = threads;
    }

    static JmxProbe attach(long pid) throws Exception {
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
      MBeanServerConnection mbeans = connector.getMBeanServerConnection();
      return new JmxProbe(
          connector,
          ManagementFactory.newPlatformMXBeanProxy(
              mbeans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class),
          ManagementFactory.newPlatformMXBeanProxy(
              mbeans, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class));
    }

    /** Live heap (used right after a full GC) and live threads. */
    Sample sample() {
      memory.gc();
      return new Sample(memory.getHeapMemoryUsage().getUsed(), threads.getThreadCount());
    }

    @Override
    public void close() throws Exception {
      connector.close();
    }
  }
}
