package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A word's remembered matches and scores ({@link RememberedScores}) rank exactly as scoring the
 * word again would, on an index of several segments, and belong to one reader only.
 */
class RememberedScoresTest {
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;
  private TextQueryBuilder text;

  @BeforeEach
  void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    // One import per group: each commit leaves a segment of its own.
    for (var g : SearchFixtures.groups()) {
      engine.imports().importBatch(new ImportBatch(null, null, List.of(g)));
    }
    engine.syncIndex();
    text = new TextQueryBuilder(engine.index().analysis(), ReferenceData.load());
  }

  @AfterEach
  void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void rememberedWordsScoreEveryMatchExactlyAsScoringThemAgain() throws Exception {
    try (var lease = engine.index().lease()) {
      GroupSearcher searcher = lease.searcher();
      assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(1);
      // Another searcher on the same reader scores every part afresh: it remembers nothing.
      IndexSearcher afresh = new IndexSearcher(searcher.getIndexReader());
      for (String words : List.of("sorg", "angst og uro", "pårørende rus", "sorggruppe Florø")) {
        Query query = text.build(words, searcher);
        List<String> expected = scored(afresh, query);
        assertThat(expected).as(words).isNotEmpty();
        assertThat(scored(searcher, query)).as(words + ", first time").isEqualTo(expected);
        assertThat(scored(searcher, query)).as(words + ", remembered").isEqualTo(expected);
      }
      assertThat(searcher.scores().size()).isPositive();
    }
  }

  @Test
  void aChangedIndexScoresItsWordsAfresh() throws Exception {
    try (var lease = engine.index().lease()) {
      engine.search().search(LuceneGroupSearchTest.query("sorg").build());
      assertThat(lease.searcher().scores().size()).isPositive();
    }
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                null,
                null,
                List.of(
                    SearchFixtures.g(
                        "ny-sorg",
                        "Ny sorggruppe",
                        "Sorg etter samlivsbrudd",
                        "0301",
                        "0557",
                        "physical",
                        List.of("sorg"),
                        List.of("nb")))));
    engine.syncIndex();
    try (var lease = engine.index().lease()) {
      assertThat(lease.searcher().scores().size()).isZero();
    }
    assertThat(engine.search().search(LuceneGroupSearchTest.query("sorg").build()).hits())
        .extracting(h -> h.id())
        .contains("ny-sorg");
  }

  @Test
  void wordsThatMatchNothingAreNotRemembered() throws Exception {
    engine.search().search(LuceneGroupSearchTest.query("qwzxkjvbnmlpty hgfdsqwrt").build());
    try (var lease = engine.index().lease()) {
      assertThat(lease.searcher().scores().size()).isZero();
    }
  }

  /** Every match as document and score, in rank order. */
  private static List<String> scored(IndexSearcher searcher, Query query) throws Exception {
    List<String> result = new ArrayList<>();
    for (ScoreDoc d : searcher.search(query, 1_000).scoreDocs) {
      result.add(d.doc + ":" + d.score);
    }
    return result;
  }
}
