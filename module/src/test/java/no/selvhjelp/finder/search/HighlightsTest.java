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

  @Test
  void everyHitOfALongPageAcrossSegmentsMarksEachOfItsWords() throws Exception {
    String[] descriptions = {
      "Vi snakker om angst.", "Vi snakker om uro.", "Vi snakker om angst og uro sammen."
    };
    try (InMemoryJackrabbit repository = new InMemoryJackrabbit();
        Engine own = new Engine(repository).start()) {
      // Three imports, three segments; the words alternate, so one word's postings run past the
      // hits without it (PagePostings reads each word's postings once for the whole page).
      for (int batch = 0; batch < 3; batch++) {
        List<Group> groups = new java.util.ArrayList<>();
        for (int i = batch * 8; i < batch * 8 + 8; i++) {
          groups.add(group("g-" + i, "Gruppe " + i, "Om livet", descriptions[i % 3]));
        }
        own.imports().importBatch(new ImportBatch(null, null, groups));
      }
      own.syncIndex();
      try (var lease = own.index().lease()) {
        assertThat(lease.searcher().getIndexReader().leaves()).hasSizeGreaterThan(1);
      }
      var hits =
          own.search().search(LuceneGroupSearchTest.query("angst uro").page(1, 24).build()).hits();
      assertThat(hits).hasSize(24);
      for (GroupHit hit : hits) {
        int i = Integer.parseInt(hit.id().substring(2));
        assertThat(hit.highlight())
            .as(hit.id())
            .isEqualTo(
                descriptions[i % 3]
                    .replace("angst", "<mark>angst</mark>")
                    .replace("uro", "<mark>uro</mark>"));
      }
    }
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
