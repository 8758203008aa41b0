package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.Session;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JCR versioning on the standalone server's real persistence (Jackrabbit's bundle persistence
 * manager on Derby, for the workspace and the version storage): history survives a restart, and
 * content stored before versioning existed gains a history on its next write.
 */
class DerbyVersioningTest {
  @TempDir Path data;

  @Test
  void historySurvivesARestartAndOldContentGainsHistoryOnItsNextWrite() throws Exception {
    try (EmbeddedJackrabbit repository = new EmbeddedJackrabbit(data);
        Engine engine = new Engine(repository, data.resolve("index")).start()) {
      engine
          .imports()
          .importBatch(
              new ImportBatch(
                  List.of(Fixtures.office()),
                  List.of(Fixtures.contactPoint()),
                  List.of(Fixtures.fullGroup())));
      ObjectNode group =
          (ObjectNode) engine.editorial().item(ItemType.GROUP, "sorggruppe-kinn").orElseThrow();
      group.put("status", "full");
      engine.editorial().put(ItemType.GROUP, "sorggruppe-kinn", group, "Kari");
      // as an older version of the server stored it: no mix:versionable, no editor
      Session session = repository.login();
      try {
        Node old = session.getNode("/groups").addNode("gammal", "sh:group");
        old.setProperty("title", "Frå før versjonering");
        old.setProperty("themes", new String[] {"sorg"});
        old.setProperty("languages", new String[] {"nb"});
        old.setProperty("format", "digital");
        old.setProperty("kommunenummer", "0301");
        old.setProperty("status", "open");
        old.setProperty("published", true);
        session.save();
      } finally {
        session.logout();
      }
      assertThat(engine.editorial().history(ItemType.GROUP, "gammal").orElseThrow()).isEmpty();
    }

    try (EmbeddedJackrabbit repository = new EmbeddedJackrabbit(data);
        Engine engine = new Engine(repository, data.resolve("index")).start()) {
      List<HistoryEntry> history =
          engine.editorial().history(ItemType.GROUP, "sorggruppe-kinn").orElseThrow();
      assertThat(history).extracting(HistoryEntry::who).containsExactly("Kari", "system");
      assertThat(history.get(0).changedFields()).containsExactly("status");

      engine.editorial().markVerified(ItemType.GROUP, "gammal", "Ola");
      List<HistoryEntry> old = engine.editorial().history(ItemType.GROUP, "gammal").orElseThrow();
      assertThat(old).singleElement().extracting(HistoryEntry::who).isEqualTo("Ola");
      assertThat(old.get(0).changedFields()).contains("title", "lastVerified");
    }
  }
}
