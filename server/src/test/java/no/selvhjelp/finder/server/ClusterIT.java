package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.index.GroupDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes as one Jackrabbit cluster on one real PostgreSQL (docs/scaling.md): what one
 * node writes is searchable on the other within 2 s, a delete leaves the other's index, a node
 * killed with SIGKILL in the middle of an import leaves the other serving with an index equal to
 * its repository, and the killed node catches up when it comes back. On the way it measures the
 * replication delay (an import acknowledged on A until B's search shows it) over {@code
 * -Dcluster.edits=N} edits, 10 by default to keep CI short; docs/scaling.md has the figure for 100.
 * Re-run a kill point with {@code -Dcluster.seed=N}.
 */
class ClusterIT {
  private static final Duration REPLICATION_BOUND = Duration.ofSeconds(2);
  // Generous bound for the survivor to replay the whole journal after the kill; it normally takes
  // one sync delay (500 ms).
  private static final Duration CATCH_UP = Duration.ofSeconds(30);
  private static final int EDITS = Integer.getInteger("cluster.edits", 10);
  // Small imports keep the kill phase to seconds on a loaded 2-core CI machine; what is proven
  // (acknowledged = on the other node, cut short = all or nothing) does not depend on their size.
  private static final int BATCHES = 6;
  private static final int BATCH_SIZE = 10;

  private static PostgresCluster postgres;
  private final ObjectMapper json = Json.newMapper();

  private enum Outcome {
    NOT_SENT,
    IN_FLIGHT,
    ACKNOWLEDGED
  }

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresCluster.startForTest();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void eachNodeServesTheOthersWritesAndASurvivorOfKillMinus9StaysConsistent(
      @TempDir Path dataA, @TempDir Path dataB) throws Exception {
    // Node A is named by the flag, node B by the environment: both ways an operator may use.
    try (ServerProcess a = startA(dataA);
        ServerProcess b = startB(dataB)) {
      // An import on A is searchable on A at once and on B within the bound; and the other way.
      Group zebra = group("cluster-zebra", "Zebrafinke samtalegruppe");
      importOn(a, List.of(zebra));
      assertThat(firstTitle(a, "zebrafinke")).isEqualTo(zebra.title());
      awaitWithin(REPLICATION_BOUND, () -> zebra.title().equals(firstTitle(b, "zebrafinke")));
      Group heron = group("cluster-heron", "Hegre samtalegruppe");
      importOn(b, List.of(heron));
      awaitWithin(REPLICATION_BOUND, () -> heron.title().equals(firstTitle(a, "hegre")));

      // A delete on A leaves B's index and repository within the bound.
      assertThat(a.delete("/api/v1/groups/cluster-zebra").statusCode()).isEqualTo(204);
      awaitWithin(
          REPLICATION_BOUND,
          () -> total(b, "zebrafinke") == 0 && b.status("/api/v1/groups/cluster-zebra") == 404);

      measureReplicationDelay(a, b);

      // SIGKILL A in the middle of an import, at a seeded random point.
      long seed = Long.getLong("cluster.seed", System.nanoTime());
      System.out.println("ClusterIT seed " + seed + " (re-run with -Dcluster.seed=" + seed + ")");
      List<List<Group>> batches = new ArrayList<>();
      for (int n = 0; n < BATCHES; n++) {
        batches.add(killBatch(n));
      }
      Outcome[] outcomes = importUntilKilled(a, batches, new Random(seed));

      // B keeps serving, replays everything A committed to the journal, and its index equals its
      // repository by count and per-id hash.
      assertThat(b.status("/health")).isEqualTo(200);
      awaitJournalReplayedBy("node-b");
      JsonNode report = awaitConsistent(b);
      Map<String, String> onB = hashes(report);
      Set<String> inFlight = assertBatches(onB, batches, outcomes, "node B after the kill");
      assertThat(report.get("indexedGroups").asLong()).isEqualTo(onB.size());
      assertThat(onB).containsKey("cluster-heron").doesNotContainKey("cluster-zebra");
      assertThat(total(b, "mestringsgruppe")).isPositive();

      // B writes while A is down; A, restarted on its old data directory, catches up with it.
      Group owl = group("cluster-owl", "Ugle samtalegruppe");
      importOn(b, List.of(owl));
      onB = hashes(awaitConsistent(b));
      try (ServerProcess restarted = startA(dataA)) {
        JsonNode caughtUp = consistency(restarted);
        assertThat(caughtUp.get("consistent").asBoolean())
            .as("restarted node A: index equals repository: %s", caughtUp)
            .isTrue();
        Map<String, String> onA = hashes(caughtUp);
        assertThat(caughtUp.get("indexedGroups").asLong()).isEqualTo(onA.size());
        assertThat(onA).containsEntry(owl.id(), GroupDocuments.hash(owl));
        assertBatches(onA, batches, outcomes, "node A after its restart");
        assertSameOutsideInFlight(onA, onB, inFlight);

        // The cluster still works after the crash: an edit on the restarted A reaches B.
        Group edited = group(owl.id(), "Ugle samtalegruppe etter omstart");
        importOn(restarted, List.of(edited));
        awaitWithin(REPLICATION_BOUND, () -> edited.title().equals(firstTitle(b, "ugle")));

        assertThat(restarted.terminate()).isIn(0, 143);
        assertThat(b.terminate()).isIn(0, 143);
      }
    }
  }

  /**
   * Edits one group on A {@link #EDITS} times and times each from A's 200 to B's search showing the
   * new title. The poll is a search every 2 ms, so the figures include up to that much. This only
   * reports: the bound is asserted above, and a figure on a shared machine is not a test.
   */
  private void measureReplicationDelay(ServerProcess a, ServerProcess b) throws Exception {
    long[] millis = new long[EDITS];
    for (int i = 0; i < EDITS; i++) {
      Group edit = group("cluster-edit", "Kolibri samtalegruppe versjon " + i);
      importOn(a, List.of(edit));
      long acknowledged = System.nanoTime();
      awaitWithin(CATCH_UP, () -> edit.title().equals(firstTitle(b, "kolibri")), 2);
      millis[i] = (System.nanoTime() - acknowledged) / 1_000_000;
    }
    Arrays.sort(millis);
    long over = Arrays.stream(millis).filter(ms -> ms > REPLICATION_BOUND.toMillis()).count();
    System.out.printf(
        "ClusterIT replication delay A -> B over %d edits: p50 %d ms, p99 %d ms, max %d ms,"
            + " %d over %d ms%n",
        EDITS,
        percentile(millis, 50),
        percentile(millis, 99),
        millis[EDITS - 1],
        over,
        REPLICATION_BOUND.toMillis());
  }

  /** Nearest rank. */
  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private Outcome[] importUntilKilled(ServerProcess a, List<List<Group>> batches, Random random)
      throws Exception {
    Outcome[] outcomes = new Outcome[batches.size()];
    Arrays.fill(outcomes, Outcome.NOT_SENT);
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicLong importNanos = new AtomicLong();
    Thread client =
        new Thread(
            () -> {
              for (int n = 0; n < batches.size(); n++) {
                outcomes[n] = Outcome.IN_FLIGHT;
                long started = System.nanoTime();
                try {
                  if (a.post("/api/v1/import", body(batches.get(n))).statusCode() != 200) {
                    return; // seen as not acknowledged; the batch assertions then report it
                  }
                } catch (IOException e) {
                  return; // A was killed under this import
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                outcomes[n] = Outcome.ACKNOWLEDGED;
                importNanos.addAndGet(System.nanoTime() - started);
                acknowledged.incrementAndGet();
              }
            },
            "cluster-test-importer");
    client.start();
    ServerProcess.waitFor(
        () -> acknowledged.get() >= 1 || !client.isAlive(),
        Duration.ofMinutes(2),
        "an import acknowledged by node A");
    long meanMillis = importNanos.get() / 1_000_000 / Math.max(1, acknowledged.get());
    Thread.sleep((long) (random.nextDouble() * meanMillis)); // a random point inside the next one
    a.kill();
    assertThat(a.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    client.join(Duration.ofSeconds(30).toMillis());
    assertThat(client.isAlive()).isFalse();
    System.out.println("ClusterIT killed node A with imports " + Arrays.toString(outcomes));
    return outcomes;
  }

  /**
   * Every acknowledged batch is there exactly as sent, the one cut short is all or nothing, and
   * none sent later is there. Returns the ids of the batch cut short.
   */
  private static Set<String> assertBatches(
      Map<String, String> stored, List<List<Group>> batches, Outcome[] outcomes, String node) {
    Set<String> inFlight = new HashSet<>();
    for (int n = 0; n < batches.size(); n++) {
      List<Group> sent = batches.get(n);
      long present =
          sent.stream().filter(g -> GroupDocuments.hash(g).equals(stored.get(g.id()))).count();
      switch (outcomes[n]) {
        case ACKNOWLEDGED ->
            assertThat(present).as("%s: acknowledged batch %d", node, n).isEqualTo(sent.size());
        case IN_FLIGHT -> {
          assertThat(present)
              .as("%s: the import cut short (batch %d) is all or nothing", node, n)
              .isIn(0L, (long) sent.size());
          sent.forEach(g -> inFlight.add(g.id()));
        }
        case NOT_SENT -> assertThat(present).as("%s: batch %d was never sent", node, n).isZero();
      }
    }
    return inFlight;
  }

  /**
   * Both nodes see the same repository. The import cut short may differ: Jackrabbit commits a
   * save's bundles before its journal record, so a kill between the two leaves a save in the
   * database that the other nodes were never told about (docs/scaling.md, "Known limits").
   */
  private static void assertSameOutsideInFlight(
      Map<String, String> onA, Map<String, String> onB, Set<String> inFlight) {
    Map<String, String> a = new TreeMap<>(onA);
    Map<String, String> b = new TreeMap<>(onB);
    a.keySet().removeAll(inFlight);
    b.keySet().removeAll(inFlight);
    assertThat(a).as("node A and node B hold the same groups").isEqualTo(b);
    long inFlightOnA = inFlight.stream().filter(onA::containsKey).count();
    long inFlightOnB = inFlight.stream().filter(onB::containsKey).count();
    if (inFlightOnA != inFlightOnB) {
      System.out.printf(
          "ClusterIT: the import cut short is on A %d/%d, on B %d/%d: killed between the bundle"
              + " commit and the journal commit%n",
          inFlightOnA, inFlight.size(), inFlightOnB, inFlight.size());
    }
  }

  /** Waits until this node's row in LOCAL_REVISIONS has reached the journal's newest revision. */
  private static void awaitJournalReplayedBy(String nodeId) {
    ServerProcess.waitFor(
        () -> {
          try {
            String global = postgres.psql("select revision_id from journal_global_revision");
            String local =
                postgres.psql(
                    "select revision_id from journal_local_revisions where journal_id = '"
                        + nodeId
                        + "'");
            return !global.isBlank() && global.strip().equals(local.strip());
          } catch (IOException e) {
            throw new AssertionError(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        },
        CATCH_UP,
        nodeId + " to replay the journal");
  }

  /**
   * The node's index, applied on its own thread after the events, catches up with its repository.
   */
  private JsonNode awaitConsistent(ServerProcess node) throws Exception {
    JsonNode[] last = new JsonNode[1];
    ServerProcess.waitFor(
        () -> {
          try {
            last[0] = consistency(node);
            return last[0].get("consistent").asBoolean();
          } catch (IOException e) {
            throw new AssertionError(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        },
        CATCH_UP,
        "the index to equal the repository");
    return last[0];
  }

  private JsonNode consistency(ServerProcess node) throws IOException, InterruptedException {
    return json.readTree(node.getAdmin("/api/v1/admin/consistency?hashes=true").body());
  }

  private static Map<String, String> hashes(JsonNode report) {
    Map<String, String> stored = new TreeMap<>();
    report
        .get("repositoryHashes")
        .fields()
        .forEachRemaining(e -> stored.put(e.getKey(), e.getValue().asText()));
    return stored;
  }

  private static void awaitWithin(Duration bound, BooleanSupplier condition) {
    awaitWithin(bound, condition, 50);
  }

  /** Polls the condition every {@code pollMillis} and fails if it is not true within the bound. */
  private static void awaitWithin(Duration bound, BooleanSupplier condition, long pollMillis) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not replicated within " + bound);
      }
      try {
        Thread.sleep(pollMillis); // the polling interval, not a wait for the change
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted");
      }
    }
  }

  /** The title of the first hit for the query on this node, or null. */
  private String firstTitle(ServerProcess node, String q) {
    JsonNode hits = search(node, q).get("hits");
    return hits.isEmpty() ? null : hits.get(0).get("title").asText();
  }

  private long total(ServerProcess node, String q) {
    return search(node, q).get("total").asLong();
  }

  private JsonNode search(ServerProcess node, String q) {
    try {
      return json.readTree(node.get("/api/v1/groups?size=1&q=" + q).body());
    } catch (IOException e) {
      throw new AssertionError("Search failed on port " + node.port, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private void importOn(ServerProcess node, List<Group> groups) throws Exception {
    assertThat(node.post("/api/v1/import", body(groups)).statusCode()).isEqualTo(200);
  }

  private String body(List<Group> groups) throws IOException {
    return json.writeValueAsString(Map.of("groups", groups));
  }

  /** A group as the import stores it, so that its hash is the one the repository reports. */
  private static Group group(String id, String title) {
    return new Group(
        id,
        title,
        "Vi møtes og deler erfaringer.",
        "Gruppen møtes digitalt hver uke.",
        List.of("angst"),
        List.of("nb"),
        "digital",
        "0301",
        null,
        null,
        59.91,
        10.75,
        null,
        "open",
        null,
        null,
        null,
        null,
        null,
        true);
  }

  private static List<Group> killBatch(int n) {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < BATCH_SIZE; i++) {
      groups.add(group("kill-" + n + "-" + i, "Mestringsgruppe " + n + " nummer " + i));
    }
    return groups;
  }

  private static ServerProcess startA(Path data) throws IOException {
    return ServerProcess.start(data, Map.of(), args("--cluster-node-id", "node-a"));
  }

  private static ServerProcess startB(Path data) throws IOException {
    return ServerProcess.start(data, Map.of(ServerConfig.CLUSTER_NODE_ID_ENV, "node-b"), args());
  }

  private static String[] args(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--no-demo",
                "--repository",
                "postgres",
                "--jdbc-url",
                postgres.jdbcUrl(),
                "--jdbc-user",
                PostgresCluster.USER,
                // The test polls searches far faster than a visitor would.
                "--rate-limit",
                "0",
                "--searches-at-once",
                "0"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }
}
