package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.jcr.Session;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.store.FSDirectory;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk heals itself from JCR, the source of truth, and rebuilds without a pause. */
class IndexLifecycleTest {
  @TempDir Path data;
  private InMemoryJackrabbit jackrabbit;

  @BeforeEach
  void repository() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      engine.imports().importBatch(new ImportBatch(null, null, groups(50)));
    }
  }

  @AfterEach
  void stop() {
    jackrabbit.close();
  }

  @Test
  void anIndexLeftOnDiskIsReusedAndMatchesTheRepository() throws Exception {
    try (Engine engine = new Engine(jackrabbit, data)) {
      assertThat(engine.index().needsRebuild()).isFalse();
      engine.start();
      assertThat(total(engine)).isEqualTo(50);
    }
  }

  @Test
  void aDeletedIndexIsRebuiltOnStart() throws Exception {
    deleteTree(data);
    try (Engine engine = new Engine(jackrabbit, data)) {
      assertThat(engine.index().needsRebuild()).isTrue();
      engine.start();
      assertThat(total(engine)).isEqualTo(50);
    }
  }

  @Test
  void aCorruptIndexIsRebuiltOnStart() throws Exception {
    Path gen = liveGeneration();
    try (Stream<Path> files = Files.list(gen)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      assertThat(total(engine)).isEqualTo(50);
    }
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRebuiltOnStartAndItsFolderRemoved() throws Exception {
    Path old = liveGeneration();
    try (IndexWriter w = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(LuceneSchema.SCHEMA_KEY, "0").entrySet());
      w.commit();
    }
    try (Engine engine = new Engine(jackrabbit, data)) {
      assertThat(engine.index().needsRebuild()).isTrue();
      engine.start();
      assertThat(total(engine)).isEqualTo(50);
      assertThat(old).doesNotExist();
      assertThat(liveGeneration()).isNotEqualTo(old).isDirectory();
    }
  }

  @Test
  void aStaleWriteLockDoesNotStopTheStart() throws Exception {
    Files.writeString(liveGeneration().resolve("write.lock"), "");
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      assertThat(total(engine)).isEqualTo(50);
    }
  }

  @Test
  void changesMadeWhileTheIndexWasClosedAreReconciledOnStart() throws Exception {
    Session editor = jackrabbit.login(); // e.g. a crash between the JCR save and the index commit
    try {
      editor.getNode("/groups/g-0").remove();
      editor.getNode("/groups/g-1").setProperty("title", "Helt ny tittel om skilsmisse");
      editor.save();
    } finally {
      editor.logout();
    }
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      assertThat(total(engine)).isEqualTo(49);
      assertThat(engine.search().search(text("skilsmisse")).hits())
          .extracting(h -> h.id())
          .containsExactly("g-1");
      assertThat(engine.index().indexedHashes()).hasSize(49);
    }
  }

  @Test
  void reindexSwapsInANewIndexWhileSearchesKeepWorking() throws Exception {
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      Path before = liveGeneration();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      List<Throwable> failures = new ArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    if (total(engine) != 50) {
                      failures.add(new AssertionError("a search saw a partial index"));
                    }
                    searches.incrementAndGet();
                  } catch (Throwable t) {
                    failures.add(t);
                  }
                }
              },
              "test-reader");
      reader.start();
      Await.until(() -> searches.get() > 0, Duration.ofSeconds(5), "searches are running");
      assertThat(engine.reindexer().start().state()).isEqualTo("running");
      Await.until(
          () -> "done".equals(engine.reindexer().status().state()),
          Duration.ofSeconds(30),
          "the reindex is done");
      int seen = searches.get();
      Await.until(
          () -> searches.get() > seen + 5, Duration.ofSeconds(5), "searches run on the new index");
      running.set(false);
      reader.join();
      assertThat(failures).isEmpty();
      assertThat(engine.reindexer().status().done()).isEqualTo(50);
      assertThat(liveGeneration()).isNotEqualTo(before);
      assertThat(Files.exists(before)).isFalse();
    }
  }

  private Path liveGeneration() throws Exception {
    return data.resolve(Files.readString(data.resolve("CURRENT")).strip());
  }

  private static long total(Engine engine) {
    return engine.search().search(GroupQuery.all(1)).total();
  }

  private static GroupQuery text(String q) {
    return GroupQuery.text(q, 20);
  }

  private static List<Group> groups(int n) {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(
          Fixtures.group("g-" + i, "Gruppe nummer " + i, "0301", "physical", List.of("angst")));
    }
    return groups;
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .filter(p -> !p.equals(dir))
          .forEach(p -> p.toFile().delete());
    }
  }
}
