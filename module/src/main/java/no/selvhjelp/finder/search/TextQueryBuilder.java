package no.selvhjelp.finder.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.Codes;
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
import no.selvhjelp.finder.shaded.lucene.search.MatchNoDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;

/**
 * Turns a visitor's plain text into a Lucene query. The text is first cut into words ({@link
 * UserText}), so no character of it is ever read as query syntax. Then, per word, one
 * disjunction-max over every field family: the Norwegian-stemmed fields (with the word's compounds
 * and synonyms), the folded fields, and the known words nearest to a typo ({@link
 * WordAlternatives}) on the unstemmed fields; each weighted by its source (title, themes, summary,
 * description, place). Words are combined so that most, not all, must match, since one misspelt or
 * unknown word should not empty the result. Mother-tongue fields are searched with the whole text
 * in their own analysis.
 */
public final class TextQueryBuilder {
  private static final float TIE_BREAKER = 0.2f;
  private static final int MAX_WORD = 50;

  /** Remembered for a word the index does not know: its query is built per search. */
  private static final Query UNKNOWN = new MatchNoDocsQuery("a word the index does not know");

  /** A foreign theme word's Norwegian search, relative to the word itself. */
  private static final float FOREIGN_THEME_WEIGHT = 0.5f;

  /**
   * The mother-tongue fields when the visitor wrote a theme word in another language: a group that
   * uses the visitor's own word, in the visitor's language, is the best answer there is.
   */
  private static final float MOTHER_TONGUE_FOREIGN = 12f;

  /** "digital" or "online" on a digital group: about a title match; half for hybrid groups. */
  private static final float FORMAT_WEIGHT = 8f;

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

  /** Each theme's Norwegian words: what a foreign theme word, or a chosen theme, is searched as. */
  private final Map<String, List<String>> themeNorwegianWords;

  private final TypoCorrections typos = new TypoCorrections();
  private final WordAlternatives wordAlternatives;
  private final MotherTongueQuery motherTongue;

  /** Each field's analysis of a word, for the query and for the highlighter. */
  private final RememberedAnalysis terms;

  public TextQueryBuilder(Analysis analysis, ReferenceData ref) {
    this.terms = new RememberedAnalysis(analysis.queryAnalyzer());
    this.themeWords = analysis.themeWords();
    this.placeWords = new PlaceWords(ref);
    this.wordAlternatives = new WordAlternatives(terms);
    this.themeNorwegianWords = themeNorwegianWords();
    this.motherTongue = new MotherTongueQuery(terms);
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
      Query q = wordQuery(words.get(i), searcher, index, typoLookup, meanings.get(i));
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
    Query mother = motherTongue.build(String.join(" ", decidingWords), index);
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
                wordQuery(words.get(i), searcher, index, typoLookup, meanings.get(i)), GENERIC));
      }
    }
    if (deciding != place) {
      for (int i : place) {
        bonuses.add(
            placeQuery(
                wordQuery(words.get(i), searcher, index, typoLookup, ThemeWords.Meaning.NONE),
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
      Query spoken = themeQuery(theme, searcher.terms());
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
      alternatives.add(constant(LuceneSchema.KOMMUNE, kommune, KOMMUNE_WEIGHT));
    }
    for (String fylke : place.fylker()) {
      alternatives.add(constant(LuceneSchema.FYLKE, fylke, FYLKE_WEIGHT));
    }
    return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  private static Query constant(String field, String value, float weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), weight);
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

  /**
   * One word over every field. Visitors write the same few hundred words, and a word the index
   * knows gives the same query on every search of a reader (it depends on the word, its meaning and
   * the reader's terms alone): built once per reader. Building it was 4% of a search served over
   * HTTP, and a new object each time, whose remembered scores were then found by comparing it whole
   * (issue 13). An unknown word's typo alternatives share one budget per search, so its query is
   * built for each search, as before.
   */
  private Query wordQuery(
      String word,
      GroupSearcher searcher,
      ReaderTerms index,
      TypoCorrections.Lookup typoLookup,
      ThemeWords.Meaning meaning) {
    Query known =
        searcher.queryPart(
            new KnownWord(this, word, meaning),
            k ->
                wordAlternatives.known(word, index)
                    ? wordQuery(word, index, null, meaning)
                    : UNKNOWN);
    return known != UNKNOWN ? known : wordQuery(word, index, typoLookup, meaning);
  }

  /**
   * The key of a known word's query on one reader: the builder is part of it (by identity), since
   * another one may weigh the same word otherwise.
   */
  private record KnownWord(TextQueryBuilder builder, String word, ThemeWords.Meaning meaning) {}

  /**
   * @param typoLookup null for a word the index knows: only unknown words get typo alternatives
   */
  private Query wordQuery(
      String word,
      ReaderTerms index,
      TypoCorrections.Lookup typoLookup,
      ThemeWords.Meaning meaning) {
    List<Query> alternatives = wordAlternatives.of(word, index, typoLookup);
    // A theme named in another language is searched as its Norwegian word, a little lower, so
    // that groups in the visitor's own language (found by the mother-tongue fields) come first.
    if (!meaning.languages().isEmpty()) {
      for (String theme : meaning.themes()) {
        alternatives.add(new BoostQuery(themeQuery(theme, index), FOREIGN_THEME_WEIGHT));
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
  private Query themeQuery(String theme, ReaderTerms index) {
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

  private Map<String, List<String>> themeNorwegianWords() {
    Map<String, List<String>> words = new HashMap<>();
    for (String theme : Codes.THEMES) {
      words.put(theme, List.copyOf(UserText.terms(themeWords.norwegianWords(theme))));
    }
    return Map.copyOf(words);
  }
}
