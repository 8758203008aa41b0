package no.selvhjelp.finder.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.index.ReaderTerms;
import no.selvhjelp.finder.index.ThemeWords;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.BoostQuery;
import no.selvhjelp.finder.shaded.lucene.search.ConstantScoreQuery;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.MatchNoDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;

/**
 * One word of a visitor's text as a query over every field ({@link WordAlternatives}: its stems,
 * compounds, synonyms, folded forms and, for a word the index does not know, the known words
 * nearest to it), with what its meaning adds (a foreign theme word's Norwegian words, a format);
 * and a theme as the query for its Norwegian words. {@link TextQueryBuilder} puts a text's words
 * together; this is apart from it because a word's query is what a reader keeps between searches.
 */
final class WordQueries {
  /** How much the other alternatives of a word add to the best one's score. */
  static final float TIE_BREAKER = 0.2f;

  /** Remembered for a word the index does not know: its query is built per search. */
  private static final Query UNKNOWN = new MatchNoDocsQuery("a word the index does not know");

  /** A foreign theme word's Norwegian search, relative to the word itself. */
  private static final float FOREIGN_THEME_WEIGHT = 0.5f;

  /** "digital" or "online" on a digital group: about a title match; half for hybrid groups. */
  private static final float FORMAT_WEIGHT = 8f;

  private final WordAlternatives wordAlternatives;

  /** Each theme's Norwegian words: what a foreign theme word, or a chosen theme, is searched as. */
  private final Map<String, List<String>> themeNorwegianWords;

  WordQueries(ThemeWords themeWords, WordAlternatives wordAlternatives) {
    this.wordAlternatives = wordAlternatives;
    Map<String, List<String>> words = new HashMap<>();
    for (String theme : Codes.THEMES) {
      words.put(theme, List.copyOf(UserText.terms(themeWords.norwegianWords(theme))));
    }
    this.themeNorwegianWords = Map.copyOf(words);
  }

  /**
   * One word over every field. Visitors write the same few hundred words, and a word the index
   * knows gives the same query on every search of a reader (it depends on the word, its meaning and
   * the reader's terms alone): built once per reader. Building it was 4% of a search served over
   * HTTP, and a new object each time, whose remembered scores were then found by comparing it whole
   * (issue 13). An unknown word's typo alternatives share one budget per search, so its query is
   * built for each search, as before.
   */
  Query word(
      String word,
      GroupSearcher searcher,
      ReaderTerms index,
      TypoCorrections.Lookup typoLookup,
      ThemeWords.Meaning meaning) {
    Query known =
        searcher.queryPart(
            new KnownWord(this, word, meaning),
            k -> wordAlternatives.known(word, index) ? build(word, index, null, meaning) : UNKNOWN);
    return known != UNKNOWN ? known : build(word, index, typoLookup, meaning);
  }

  /**
   * The key of a known word's query on one reader: the builder is part of it (by identity), since
   * another one may weigh the same word otherwise.
   */
  private record KnownWord(WordQueries builder, String word, ThemeWords.Meaning meaning) {}

  /**
   * @param typoLookup null for a word the index knows: only unknown words get typo alternatives
   */
  private Query build(
      String word,
      ReaderTerms index,
      TypoCorrections.Lookup typoLookup,
      ThemeWords.Meaning meaning) {
    List<Query> alternatives = wordAlternatives.of(word, index, typoLookup);
    // A theme named in another language is searched as its Norwegian word, a little lower, so
    // that groups in the visitor's own language (found by the mother-tongue fields) come first.
    if (!meaning.languages().isEmpty()) {
      for (String theme : meaning.themes()) {
        alternatives.add(new BoostQuery(theme(theme, index), FOREIGN_THEME_WEIGHT));
      }
    }
    // "digital", "online", "på nett": the format the visitor wants, whatever the groups' texts say.
    for (String format : meaning.formats()) {
      alternatives.add(constant(LuceneSchema.FORMAT, format, FORMAT_WEIGHT));
      if (format.equals("digital")) {
        alternatives.add(constant(LuceneSchema.FORMAT, "hybrid", FORMAT_WEIGHT / 2));
      }
    }
    // The same word scores the same on every search of this reader: remembered (issue 13).
    return new RememberedScores(new DisjunctionMaxQuery(alternatives, TIE_BREAKER));
  }

  /** A theme's Norwegian word(s) as a query on this reader; null for an unknown theme. */
  Query theme(String theme, ReaderTerms index) {
    List<String> words = themeNorwegianWords.get(theme);
    if (words == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      b.add(
          new DisjunctionMaxQuery(wordAlternatives.of(w, index, null), TIE_BREAKER),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Every group with {@code value} in {@code field}, scoring {@code weight}. */
  static Query constant(String field, String value, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), weight);
  }
}
