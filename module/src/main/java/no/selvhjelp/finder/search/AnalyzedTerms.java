package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.CharTermAttribute;

/** A text's terms as a field's analysis makes them, in order, without repeats. */
final class AnalyzedTerms {
  private AnalyzedTerms() {}

  static Set<String> of(Analyzer analyzer, String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysis of in-memory text failed", e);
    }
    return terms;
  }
}
