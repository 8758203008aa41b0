package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Session;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consistency check finds every way the index can differ from the repository. */
class IndexConsistencyTest {
  @TempDir Path data;
  private InMemoryJackrabbit jackrabbit;
  private final List<Group> groups = new ArrayList<>();

  @BeforeEach
  void repository() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    for (int i = 0; i < 20; i++) {
      groups.add(
          Fixtures.group("g-" + i, "Gruppe nummer " + i, "0301", "physical", List.of("angst")));
    }
    groups.add(Fixtures.fullGroup());
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      engine
          .imports()
          .importBatch(
              new ImportBatch(
                  List.of(Fixtures.office()), List.of(Fixtures.contactPoint()), groups));
    }
  }

  @AfterEach
  void stop() {
    jackrabbit.close();
  }

  @Test
  void anIndexKeptBySavesEqualsTheRepositoryAndHashesMatchWhatWasSent() throws Exception {
    try (Engine engine = new Engine(jackrabbit, data).start()) {
      IndexConsistency.Report report =
          new IndexConsistency(engine.index(), engine.store()).check(true);
      assertThat(report.consistent()).isTrue();
      assertThat(report.repositoryGroups()).isEqualTo(21);
      assertThat(report.indexedGroups()).isEqualTo(21);
      // A group sent complete (published, with coordinates) is stored exactly as sent, so a
      // client can hash what it sent and compare (the crash test does).
      Group full = Fixtures.fullGroup();
      assertThat(report.repositoryHashes()).containsEntry(full.id(), GroupDocuments.hash(full));
    }
  }

  @Test
  void changesBehindTheIndexBackAreReportedByKindAndHealedByStart() throws Exception {
    Session editor = jackrabbit.login(); // as a crash between the JCR save and the index commit
    try {
      editor.getNode("/groups/g-0").remove();
      editor.getNode("/groups/g-1").setProperty("title", "Helt ny tittel");
      editor.save();
    } finally {
      editor.logout();
    }
    try (Engine engine = new Engine(jackrabbit, data)) { // not started: no listener, no reconcile
      IndexConsistency consistency = new IndexConsistency(engine.index(), engine.store());
      IndexConsistency.Report report = consistency.check(false);
      assertThat(report.consistent()).isFalse();
      assertThat(report.repositoryGroups()).isEqualTo(20);
      assertThat(report.indexedGroups()).isEqualTo(21);
      assertThat(report.stale()).containsExactly("g-1");
      assertThat(report.extra()).containsExactly("g-0");
      assertThat(report.missingCount()).isZero();
      assertThat(report.repositoryHashes()).isNull();

      // a loader that finds nothing makes apply delete the document: the index lost g-2
      engine
          .index()
          .apply(List.of(new IndexChange("g-2", IndexChange.Kind.CHANGE)), id -> Optional.empty());
      assertThat(consistency.check(false).missing()).containsExactly("g-2");

      engine.start();
      assertThat(consistency.check(false).consistent()).isTrue();
    }
  }
}
