package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.index.ReaderTerms;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BlendedTermQuery;
import no.selvhjelp.finder.shaded.lucene.search.BoostQuery;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.SynonymQuery;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;

/**
 * One word of the visitor's text as alternatives over the text fields: per source (weighted as
 * {@link LuceneSchema#SOURCE_BOOSTS} says), its stemmed terms, its folded terms at 0.7, and, for a
 * word the index does not know, the known words nearest to it ({@link TypoCorrections}) at 0.35.
 */
final class WordAlternatives {
  private static final float FOLD_WEIGHT = 0.7f;
  private static final float TYPO_WEIGHT = 0.35f;

  /** Longer words get no typo alternatives: no word a visitor means is longer. */
  private static final int MAX_TYPO_WORD = 30;

  private final RememberedAnalysis analysis;

  WordAlternatives(RememberedAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Per field family and source: the stemmed terms, the folded terms, and, with a lookup (the word
   * is unknown), the known words nearest to it; a new list, which the caller may add to.
   *
   * @param index the reader's terms: a term no document holds is left out, since it can neither
   *     match nor change a score (a synonym's statistics are the largest document frequency and the
   *     sum of frequencies, to which it adds nothing), and each one cost a lookup in every segment
   *     when the query ran; null keeps every term (a query built once for all readers)
   */
  List<Query> of(String word, ReaderTerms index, TypoCorrections.Lookup typoLookup) {
    List<TypoCorrections.Correction> corrections = new ArrayList<>();
    if (typoLookup != null) {
      for (String folded : terms(LuceneSchema.SOURCES.get(0) + LuceneSchema.EXACT, word)) {
        if (folded.codePointCount(0, folded.length()) <= MAX_TYPO_WORD) {
          corrections.addAll(typoLookup.of(folded, editsFor(folded)));
        }
      }
    }
    List<Query> alternatives = new ArrayList<>();
    for (int i = 0; i < LuceneSchema.SOURCES.size(); i++) {
      String source = LuceneSchema.SOURCES.get(i);
      float boost = LuceneSchema.SOURCE_BOOSTS.get(source);
      List<Query> ways = new ArrayList<>();
      Query stemmed = oneWord(source + LuceneSchema.NO, word, index);
      if (stemmed != null) {
        ways.add(new BoostQuery(stemmed, boost));
      }
      Query folded = oneWord(source + LuceneSchema.FOLD, word, index);
      if (folded != null) {
        ways.add(new BoostQuery(folded, boost * FOLD_WEIGHT));
      }
      Query typo = typoQuery(source + LuceneSchema.EXACT, 1 << i, corrections);
      if (typo != null) {
        ways.add(new BoostQuery(typo, boost * TYPO_WEIGHT));
      }
      // One source counts once, by the best way the word was found there. The folded field
      // repeats the stemmed one and a word's synonyms and compound parts are more terms for the
      // same word: summing them would let a group outrank another for naming one need in many
      // words, not for being more about it.
      if (ways.size() == 1) {
        alternatives.add(ways.get(0));
      } else if (!ways.isEmpty()) {
        alternatives.add(new DisjunctionMaxQuery(ways, 0f));
      }
    }
    return alternatives;
  }

  /**
   * The word's terms in one field (its stem, its synonyms, its compound parts) as one word, the way
   * Lucene's query parsers treat synonyms: frequencies summed, the commonest term's document
   * frequency. As separate terms, a rare synonym would outscore the word itself ("uro" above
   * "angst" for a visitor who wrote "angst").
   */
  private Query oneWord(String field, String word, ReaderTerms index) {
    List<Term> terms = new ArrayList<>();
    for (String t : terms(field, word)) {
      Term term = new Term(field, t);
      if (index == null || index.exists(term)) {
        terms.add(term);
      }
    }
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(terms.get(0));
    }
    SynonymQuery.Builder b = new SynonymQuery.Builder(field);
    terms.forEach(b::addTerm);
    return b.build();
  }

  /**
   * The corrections found in one field, scored as a fuzzy query scored its expansions: each term
   * weighted by how similar it is (1 - edits / length), with document frequencies blended, so a
   * rare near-miss does not outrank a common one just for being rare.
   */
  private static Query typoQuery(
      String field, int fieldBit, List<TypoCorrections.Correction> corrections) {
    BlendedTermQuery.Builder b = new BlendedTermQuery.Builder();
    int terms = 0;
    for (TypoCorrections.Correction c : corrections) {
      if ((c.fields() & fieldBit) != 0) {
        b.add(new Term(field, c.term()), c.similarity());
        terms++;
      }
    }
    if (terms == 0) {
      return null;
    }
    return b.setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE).build();
  }

  /** Whether any Norwegian or folded field holds one of the word's terms. */
  boolean known(String word, ReaderTerms index) {
    for (String source : LuceneSchema.SOURCES) {
      for (String suffix : List.of(LuceneSchema.NO, LuceneSchema.FOLD)) {
        String field = source + suffix;
        for (String term : terms(field, word)) {
          if (index.exists(new Term(field, term))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Edit distance by word length: none for short words, where one edit is another word. */
  static int editsFor(String word) {
    int n = word.codePointCount(0, word.length());
    if (n < 4) {
      return 0;
    }
    return n < 8 ? 1 : 2;
  }

  private Set<String> terms(String field, String text) {
    return analysis.terms(field, text);
  }
}
