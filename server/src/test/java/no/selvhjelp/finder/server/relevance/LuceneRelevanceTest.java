package no.selvhjelp.finder.server.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.server.demo.DemoContent;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lucene search on the judged query set, beside the JCR-SQL2 baseline measured in the same run.
 * Floors are set just below the measured figures, so a change that costs relevance fails.
 */
class LuceneRelevanceTest {
  /** Measured 2026-12-03 (0.924 on 108 queries); see docs/search-quality.md. */
  private static final double LUCENE_FLOOR = 0.92; // issue 14's target; measured 0.929

  private static final double MARGIN_OVER_BASELINE = 0.30;
  static final Path REPORT = Path.of("target", "relevance-lucene.md");

  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;
  private static RelevanceReport lucene;
  private static RelevanceReport baseline;

  @BeforeAll
  static void measure() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    engine.imports().importBatch(new DemoContent(engine.referenceData()).batch());
    Judgments judgments = Judgments.load();
    lucene = RelevanceReport.run(engine.search(), judgments, engine.referenceData());
    baseline = RelevanceReport.run(engine.baselineSearch(), judgments, engine.referenceData());
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, lucene.markdown("Lucene search") + "\n\n" + baseline.markdownTable());
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void luceneReachesTheRelevanceGoal() {
    assertThat(lucene.overall()).isGreaterThanOrEqualTo(LUCENE_FLOOR);
  }

  @Test
  void luceneBeatsTheJcrBaselineByTheGoalMargin() {
    assertThat(lucene.overall() - baseline.overall()).isGreaterThanOrEqualTo(MARGIN_OVER_BASELINE);
  }

  /**
   * Issue 14.4 and 10.8: theme words in English and the mother tongues, and the search oddities,
   * measured together. Measured 2026-12-02; see docs/search-quality.md.
   */
  static final List<String> WORD_CATEGORIES = List.of("theme-en", "theme-mother", "oddities");

  private static final double WORDS_FLOOR = 0.92;

  @Test
  void themeWordsInEveryLanguageAndTheOdditiesReachTheirGoal() {
    double mean =
        lucene.perQuery().stream()
            .filter(q -> WORD_CATEGORIES.contains(q.query().category()))
            .mapToDouble(RelevanceReport.QueryScore::ndcg)
            .average()
            .orElseThrow();
    assertThat(mean).isGreaterThanOrEqualTo(WORDS_FLOOR);
  }

  @Test
  void noCategoryFallsBelowTheBaseline() {
    for (RelevanceReport.CategoryScore c : lucene.perCategory()) {
      double base =
          baseline.perCategory().stream()
              .filter(b -> b.category().equals(c.category()))
              .findFirst()
              .orElseThrow()
              .meanNdcg();
      assertThat(c.meanNdcg()).as(c.category()).isGreaterThanOrEqualTo(base - 0.02);
    }
  }
}
