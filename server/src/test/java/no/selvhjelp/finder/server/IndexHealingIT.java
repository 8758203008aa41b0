package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.index.GroupDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server heals a damaged search index on start: it rebuilds it from the repository, the
 * source of truth, and nothing is lost.
 */
class IndexHealingIT {
  private static final int GROUPS = 1_000; // two imports: enough to have several segments
  private final ObjectMapper json = Json.newMapper();
  private final Map<String, String> sent = new TreeMap<>(); // id -> content hash
  @TempDir Path data;

  @BeforeEach
  void sentGroups() {
    for (int i = 0; i < GROUPS; i++) {
      Group g = group(i);
      sent.put(g.id(), GroupDocuments.hash(g));
    }
  }

  @Test
  void aStaleWriteLockLeftByKillMinus9DoesNotStopTheStart() throws Exception {
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      importAll(server);
      server.kill();
    }
    Path lock = liveGeneration().resolve("write.lock");
    assertThat(lock).as("kill -9 leaves Lucene's write.lock behind").exists();
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      assertHealed(server);
    }
  }

  @Test
  void aCorruptIndexIsRebuiltOnStartWithNothingLost() throws Exception {
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      importAll(server);
      assertThat(server.terminate()).isIn(0, 143);
    }
    Path largest;
    try (Stream<Path> files = Files.list(liveGeneration())) {
      largest =
          files
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(IndexHealingIT::size))
              .orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
      f.setLength(f.length() / 2); // a torn write: the segment file lost its second half
    }
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      assertHealed(server);
      assertThat(server.output()).contains("cannot be read").contains("Rebuilt the index");
    }
  }

  @Test
  void aDeletedIndexIsRebuiltOnStartWithNothingLost() throws Exception {
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      importAll(server);
      assertThat(server.terminate()).isIn(0, 143);
    }
    deleteTree(data.resolve("index"));
    try (ServerProcess server = ServerProcess.start(data, "--no-demo")) {
      assertHealed(server);
      assertThat(server.output()).contains("Rebuilt the index: " + GROUPS + " groups");
    }
  }

  private void importAll(ServerProcess server) throws Exception {
    for (int batch = 0; batch < GROUPS / 500; batch++) {
      List<Group> groups = new ArrayList<>();
      for (int i = batch * 500; i < (batch + 1) * 500; i++) {
        groups.add(group(i));
      }
      String body = json.writeValueAsString(Map.of("groups", groups));
      assertThat(server.post("/api/v1/import", body).statusCode()).isEqualTo(200);
    }
  }

  /** Every group sent is in the repository as sent, and the index equals the repository. */
  private void assertHealed(ServerProcess server) throws Exception {
    JsonNode report =
        json.readTree(server.getAdmin("/api/v1/admin/consistency?hashes=true").body());
    Map<String, String> stored = new TreeMap<>();
    report
        .get("repositoryHashes")
        .fields()
        .forEachRemaining(e -> stored.put(e.getKey(), e.getValue().asText()));
    assertThat(stored).isEqualTo(sent);
    assertThat(report.get("consistent").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.get("indexedGroups").asLong()).isEqualTo(GROUPS);
    JsonNode all = json.readTree(server.get("/api/v1/groups?q=mestring&size=1").body());
    assertThat(all.get("total").asLong()).isEqualTo(GROUPS);
  }

  private Path liveGeneration() throws IOException {
    Path index = data.resolve("index");
    return index.resolve(Files.readString(index.resolve("CURRENT")).strip());
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Group group(int i) {
    return new Group(
        "heal-" + i,
        "Samtalegruppe " + i + " om mestring",
        null,
        "Vi møtes og deler erfaringer.",
        List.of("angst"),
        List.of("nb"),
        "physical",
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
}
