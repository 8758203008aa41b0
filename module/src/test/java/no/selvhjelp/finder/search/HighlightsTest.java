package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which text a hit's snippet comes from, on one page with every case side by side. */
class HighlightsTest {
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    group(
                        "i-beskrivelsen", "Gruppe A", "Om livet", "Vi øver på mestring av angst."),
                    group("i-sammendraget", "Gruppe B", "For deg med angst", "Vi møtes hver uke."),
                    group("i-begge", "Gruppe C", "Angst og uro", "Vi snakker om angst sammen."),
                    group("bare-i-tittelen", "Angst i hverdagen", "Om livet", "Kaffe og prat."))));
    engine.syncIndex();
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void eachHitShowsItsDescriptionMatchElseItsSummaryMatchElseNoSnippet() {
    Map<String, String> snippets =
        engine.search().search(LuceneGroupSearchTest.query("angst").build()).hits().stream()
            .collect(
                Collectors.toMap(
                    GroupHit::id, h -> h.highlight() == null ? "(none)" : h.highlight()));
    assertThat(snippets)
        .containsEntry("i-beskrivelsen", "Vi øver på mestring av <mark>angst</mark>.")
        .containsEntry("i-sammendraget", "For deg med <mark>angst</mark>")
        .containsEntry("i-begge", "Vi snakker om <mark>angst</mark> sammen.")
        .containsEntry("bare-i-tittelen", "(none)");
  }

  private static Group group(String id, String title, String summary, String description) {
    return SearchFixtures.g(
        id,
        title,
        summary,
        description,
        "0301",
        "0557",
        "physical",
        List.of("angst"),
        List.of("nb"));
  }
}
