package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class RememberedAnalysisTest {
  private static final Analysis ANALYSIS = new Analysis();

  /** Synonyms, compounds, both written forms, folding, typos, and the mother tongues' scripts. */
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
  void rememberedTermsAreTheFieldsOwnWhicheverFieldAskedFirst() {
    RememberedAnalysis remembered = new RememberedAnalysis(ANALYSIS.queryAnalyzer());
    // Backwards and forwards, so that each field is asked both first and after the others of its
    // analysis.
    List<String> fields = fields();
    List<String> backwards = new ArrayList<>(fields);
    Collections.reverse(backwards);
    for (List<String> order : List.of(backwards, fields)) {
      for (String field : order) {
        for (String word : WORDS) {
          assertThat(remembered.terms(field, word))
              .as("%s in %s", word, field)
              .containsExactlyElementsOf(AnalyzedTerms.of(ANALYSIS.queryAnalyzer(), field, word));
        }
      }
    }
  }
}
