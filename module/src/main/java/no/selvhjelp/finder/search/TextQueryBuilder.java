package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.index.ReaderTerms;
import no.selvhjelp.finder.index.ThemeWords;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.BoostQuery;
import no.selvhjelp.finder.shaded.lucene.search.ConstantScoreQuery;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;

/**
 * Turns a visitor's plain text into a Lucene query. The text is first cut into words ({@link
 * UserText}), so no character of it is ever read as query syntax. Then, per word ({@link
 * WordQueries}), one disjunction-max over every field family: the Norwegian-stemmed fields (with
 * the word's compounds and synonyms), the folded fields, and the known words nearest to a typo
 * ({@link WordAlternatives}) on the unstemmed fields; each weighted by its source (title, themes,
 * summary, description, place). Words are combined so that most, not all, must match, since one
 * misspelt or unknown word should not empty the result. Mother-tongue fields are searched with the
 * whole text in their own analysis.
 */
public final class TextQueryBuilder {
  private static final int MAX_WORD = 50;

  /**
   * The mother-tongue fields when the visitor wrote a theme word in another language: a group that
   * uses the visitor's own word, in the visitor's language, is the best answer there is.
   */
  private static final float MOTHER_TONGUE_FOREIGN = 12f;

  /** "samtalegruppe", "support group": only enough to order groups that match equally. */
  private static final float GENERIC = 0.1f;

  /** A place named in the text: a group there beats an equal match elsewhere. */
  private static final float KOMMUNE_WEIGHT = 8f;

  private static final float FYLKE_WEIGHT = 5f;

  /** A theme chosen in the form, spoken of in a group's own texts: below the words' own match. */
  private static final float CHOSEN_THEME_WEIGHT = 3f;

  /**
   * Norwegian words for a need: a group held in Norwegian alone. Small, like the generic words: it
   * orders "Sorggruppe for etterlatte" before "Sorggruppe på tigrinja" (which is for Tigrinya
   * speakers first), not a better match after a worse one.
   */
  private static final float NORWEGIAN_WEIGHT = 1.5f;

  private static final Set<String> NORWEGIAN = Set.of("nb", "nn", "no");

  /** A group held in the language the visitor wrote in. */
  private static final float LANGUAGE_WEIGHT = 8f;

  private final ThemeWords themeWords;
  private final PlaceWords placeWords;

  private final TypoCorrections typos = new TypoCorrections();
  private final WordQueries wordQueries;
  private final MotherTongueQuery motherTongue;

  /** Each field's analysis of a word, for the query and for the highlighter. */
  private final RememberedAnalysis terms;

  public TextQueryBuilder(Analysis analysis, ReferenceData ref) {
    this.terms = new RememberedAnalysis(analysis);
    this.themeWords = analysis.themeWords();
    this.placeWords = new PlaceWords(ref);
    this.motherTongue = new MotherTongueQuery(terms);
    this.wordQueries = new WordQueries(themeWords, new WordAlternatives(terms));
  }

  /**
   * Null when the text has no searchable word (only stop words or punctuation). The reader tells
   * which words the index knows: only unknown words get typo alternatives, which keeps correctly
   * spelt words from matching near-misses; and the whole search shares a small budget of them.
   *
   * <p>Words are of three kinds ({@link ThemeWords}, {@link PlaceWords}): words for the need
   * (decide what matches), words for a group as such ("samtalegruppe", "support group") and place
   * names ("Florø"). The last two only rank groups that the need words found; when the text has no
   * need word, they decide instead.
   */
  public Query build(String text, GroupSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    ReaderTerms index = searcher.terms().forOneSearch();
    List<String> words = new ArrayList<>();
    for (String w : UserText.terms(text)) {
      // Longer than any word in any of our languages: noise or an attack, never a search.
      if (w.length() <= MAX_WORD && !NorwegianAnalyzer.getDefaultStopSet().contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    List<ThemeWords.Meaning> meanings = themeWords.meanings(words);
    List<PlaceWords.Place> places = placeWords.places(words);
    List<Integer> need = new ArrayList<>();
    List<Integer> generic = new ArrayList<>();
    List<Integer> place = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      ThemeWords.Meaning m = meanings.get(i);
      if (m.onlyGeneric()) {
        generic.add(i);
      } else if (m.isEmpty() && places.get(i) != null) {
        place.add(i); // a word for a need beats a place of the same name
      } else {
        need.add(i);
      }
    }
    List<Integer> deciding = !need.isEmpty() ? need : !place.isEmpty() ? place : generic;
    TypoCorrections.Lookup typoLookup = typos.lookup(reader);

    BooleanQuery.Builder norwegian = new BooleanQuery.Builder();
    List<String> decidingWords = new ArrayList<>();
    Set<Query> ownLanguage = new LinkedHashSet<>();
    for (int i : deciding) {
      Query q = wordQueries.word(words.get(i), searcher, index, typoLookup, meanings.get(i));
      if (deciding == place) {
        q = placeQuery(q, places.get(i));
      }
      norwegian.add(q, BooleanClause.Occur.SHOULD);
      decidingWords.add(words.get(i));
      ownLanguage.addAll(ownLanguage(meanings.get(i)));
    }
    int n = deciding.size();
    norwegian.setMinimumNumberShouldMatch(n <= 2 ? 1 : (n + 1) / 2);

    BooleanQuery.Builder core = new BooleanQuery.Builder();
    core.add(norwegian.build(), BooleanClause.Occur.SHOULD);
    Query mother = motherTongue.build(String.join(" ", decidingWords), searcher, index);
    if (mother != null) {
      mother = new RememberedScores(mother);
      core.add(mother, BooleanClause.Occur.SHOULD);
      if (!ownLanguage.isEmpty()) {
        // A constant, not a multiple: BM25 on a field that few groups have gives scores of any
        // size, and the order "own word in own language first" must not depend on that.
        core.add(
            new BoostQuery(new ConstantScoreQuery(mother), MOTHER_TONGUE_FOREIGN),
            BooleanClause.Occur.SHOULD);
      }
    }
    List<Query> bonuses = new ArrayList<>();
    if (deciding != generic) {
      for (int i : generic) {
        bonuses.add(
            new BoostQuery(
                wordQueries.word(words.get(i), searcher, index, typoLookup, meanings.get(i)),
                GENERIC));
      }
    }
    if (deciding != place) {
      for (int i : place) {
        bonuses.add(
            placeQuery(
                wordQueries.word(
                    words.get(i), searcher, index, typoLookup, ThemeWords.Meaning.NONE),
                places.get(i)));
      }
    }
    bonuses.addAll(ownLanguage);
    if (writesNorwegian(deciding, meanings)) {
      Query norwegianOnly = norwegianOnly(index);
      if (norwegianOnly != null) {
        bonuses.add(
            new BoostQuery(
                new ConstantScoreQuery(new RememberedScores(norwegianOnly)), NORWEGIAN_WEIGHT));
      }
    }
    if (bonuses.isEmpty()) {
      return core.build();
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    top.add(core.build(), BooleanClause.Occur.MUST);
    bonuses.forEach(b -> top.add(b, BooleanClause.Occur.SHOULD));
    return top.build();
  }

  /**
   * Words and a theme chosen in the form: the theme is part of what the visitor asked for. Every
   * group the filter lets through carries the theme's tag, but among those the words found, a group
   * whose title and texts speak of the theme is about it, where another only lists it beside its
   * own subject ("rus" with Pårørende: groups for relatives before alcohol groups that also welcome
   * relatives).
   */
  public Query withChosenThemes(Query words, List<String> themes, GroupSearcher searcher) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    boolean any = false;
    for (String theme : themes) {
      Query spoken = wordQueries.theme(theme, searcher.terms());
      if (spoken != null) {
        b.add(
            new BoostQuery(new RememberedScores(spoken), CHOSEN_THEME_WEIGHT),
            BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : words;
  }

  /**
   * A theme named in another language: the groups on that theme held in that language come first
   * (only those on the theme: a group in English about something else is not what was asked for).
   */
  private static List<Query> ownLanguage(ThemeWords.Meaning meaning) {
    List<Query> queries = new ArrayList<>();
    for (String language : meaning.languages()) {
      for (String theme : meaning.themes()) {
        BooleanQuery both =
            new BooleanQuery.Builder()
                .add(
                    new TermQuery(new Term(LuceneSchema.LANGUAGE, language)),
                    BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(LuceneSchema.THEME, theme)), BooleanClause.Occur.FILTER)
                .build();
        queries.add(new BoostQuery(new ConstantScoreQuery(both), LANGUAGE_WEIGHT));
      }
    }
    return queries;
  }

  /** Whether the words that decide name a need in Norwegian, and none is a foreign word. */
  private static boolean writesNorwegian(
      List<Integer> deciding, List<ThemeWords.Meaning> meanings) {
    boolean norwegian = false;
    for (int i : deciding) {
      ThemeWords.Meaning m = meanings.get(i);
      if (!m.languages().isEmpty()) {
        return false;
      }
      norwegian |= !m.themes().isEmpty();
    }
    return norwegian;
  }

  /**
   * Groups whose languages are all Norwegian. Any ISO 639-1 code may be a group's language, so the
   * other languages are read from the index (a handful of terms) rather than listed here.
   */
  private static Query norwegianOnly(ReaderTerms index) {
    List<String> languages = index.all(LuceneSchema.LANGUAGE);
    if (languages.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String language : languages) {
      b.add(
          new TermQuery(new Term(LuceneSchema.LANGUAGE, language)),
          NORWEGIAN.contains(language) ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST_NOT);
    }
    return b.setMinimumNumberShouldMatch(1).build();
  }

  /** A place name: the groups in its kommuner, and a little for the rest of its fylke. */
  private static Query placeQuery(Query word, PlaceWords.Place place) {
    List<Query> alternatives = new ArrayList<>();
    alternatives.add(word);
    for (String kommune : place.kommuner()) {
      alternatives.add(WordQueries.constant(LuceneSchema.KOMMUNE, kommune, KOMMUNE_WEIGHT));
    }
    for (String fylke : place.fylker()) {
      alternatives.add(WordQueries.constant(LuceneSchema.FYLKE, fylke, FYLKE_WEIGHT));
    }
    return new DisjunctionMaxQuery(alternatives, WordQueries.TIE_BREAKER);
  }

  /** The words' stemmed terms on the stored text fields: a cheap query for highlighting only. */
  public Query highlightQuery(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : Highlights.FIELDS) {
      for (String word : UserText.terms(text)) {
        if (word.length() <= MAX_WORD) {
          for (String term : terms.terms(field, word)) {
            b.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
          }
        }
      }
    }
    return b.build();
  }
}
