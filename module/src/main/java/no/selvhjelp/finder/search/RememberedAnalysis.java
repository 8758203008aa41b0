package no.selvhjelp.finder.search;

import java.util.Collections;
import java.util.Set;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.BoundedMemo;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;

/**
 * A field's analysis of a word ({@link AnalyzedTerms}), remembered. A visitor's word is analysed
 * for some twenty fields (each source's stemmed, folded and unstemmed field, each mother tongue,
 * the highlighted fields), and compound splitting and stemming were a tenth of a text search at
 * 10,000 groups (issue 13). The answer depends on the field's analysis and the word alone.
 */
final class RememberedAnalysis {
  /** Nine analyses for each of some 3,500 words; a few MB. */
  private static final int CAPACITY = 32_768;

  private record Key(String field, String text) {}

  private final BoundedMemo<Key, Set<String>> memo;

  RememberedAnalysis(Analyzer analyzer) {
    this.memo =
        new BoundedMemo<>(
            CAPACITY,
            k -> Collections.unmodifiableSet(AnalyzedTerms.of(analyzer, k.field(), k.text())));
  }

  /**
   * The text's terms in the field, in order, without repeats; unmodifiable. Worked out once for all
   * the fields that share the field's analysis ({@link Analysis#sharedChain}): a word new to the
   * memo (most words of a visitor's free text, every word of an attacker's) was analysed up to 21
   * times for at most 9 different answers, and took as many of the memo's places.
   */
  Set<String> terms(String field, String text) {
    return memo.get(new Key(Analysis.sharedChain(field), text));
  }
}
