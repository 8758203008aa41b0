package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class RememberedAnalysisTest {
  private static final Analysis ANALYSIS = new Analysis();

  /** Synonyms, compounds, both written forms, folding, typos, and four scripts. */
  private static final List<String> WORDS =
      List.of(
          "sorggruppe",
          "etterlatne",
          "skilsmisse",
          "skilsmål",
          "pårørende",
          "pårørande",
          "einsemd",
          "rusavhengighet",
          "utbrentheit",
          "depresjon",
          "angst og uro",
          "dpresjon",
          "Selvhjelpsgrupper",
          "قلق",
          "افسردگی",
          "тривога",
          "depresja",
          "walaac",
          "ጭንቀት",
          "ášši");

  private static List<String> fields() {
    List<String> fields = new ArrayList<>();
    for (String source : LuceneSchema.SOURCES) {
      fields.add(source + LuceneSchema.NO);
      fields.add(source + LuceneSchema.FOLD);
      fields.add(source + LuceneSchema.EXACT);
    }
    fields.addAll(LuceneSchema.langFields());
    fields.addAll(LuceneSchema.HIGHLIGHTED);
    fields.add(LuceneSchema.TITLE_STORED); // stored only: a field without a chain of its own
    return fields;
  }

  @Test
  void everyFieldGivesAWordTheTermsOfTheFieldWhoseAnalysisItShares() {
    for (Analyzer analyzer : List.of(ANALYSIS.queryAnalyzer(), ANALYSIS.indexAnalyzer())) {
      for (String field : fields()) {
        for (String word : WORDS) {
          assertThat(AnalyzedTerms.of(analyzer, Analysis.sharedChain(field), word))
              .as("%s in %s", word, field)
              .containsExactlyElementsOf(AnalyzedTerms.of(analyzer, field, word));
        }
      }
    }
  }

  @Test
  void aWordIsAnalysedOncePerChainAndGivesEveryFieldItsOwnTerms() {
    RememberedAnalysis remembered = new RememberedAnalysis(ANALYSIS);
    for (String field : fields()) {
      for (String word : WORDS) {
        assertThat(remembered.terms(field, word))
            .as("%s in %s", word, field)
            .containsExactlyElementsOf(AnalyzedTerms.of(ANALYSIS.queryAnalyzer(), field, word))
            .isSameAs(remembered.terms(Analysis.sharedChain(field), word));
      }
    }
  }
}
