package no.selvhjelp.finder.search;

import java.util.Collections;
import java.util.Set;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.BoundedMemo;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;

/**
 * A field's analysis of a word ({@link AnalyzedTerms}) in the query chains of {@link Analysis},
 * remembered. Compound splitting and stemming were a tenth of a text search at 10,000 groups (issue
 * 13). The answer depends on the field's analysis chain and the word alone, so it is kept once per
 * chain ({@link Analysis#sharedChain}): a search asks for each word's terms in eleven fields (each
 * source's stemmed and folded field, and an unstemmed one for typos), which share three chains.
 */
final class RememberedAnalysis {
  /**
   * Three places for each of some 10,000 words (a text takes one more per mother-tongue field it is
   * searched in); a few MB.
   */
  private static final int CAPACITY = 32_768;

  private record Key(String chain, String text) {}

  private final BoundedMemo<Key, Set<String>> memo;

  RememberedAnalysis(Analysis analysis) {
    Analyzer analyzer = analysis.queryAnalyzer();
    this.memo =
        new BoundedMemo<>(
            CAPACITY,
            k -> Collections.unmodifiableSet(AnalyzedTerms.of(analyzer, k.chain(), k.text())));
  }

  /**
   * The text's terms in the field, in order, without repeats; unmodifiable, and the same set for
   * every field of the field's chain. A word new to the memo (most words of a visitor's free text,
   * every word of an attacker's) was analysed eleven times for three different answers, and took
   * eleven of the memo's places.
   */
  Set<String> terms(String field, String text) {
    return memo.get(new Key(Analysis.sharedChain(field), text));
  }
}
