package no.selvhjelp.finder.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.index.ReaderTerms;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.BoostQuery;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.PrefixQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;

/**
 * The mother-tongue fields ({@code lang_*}): the visitor's words, each field in its own language's
 * analysis; in each field most of the words must match, as in the Norwegian fields. Only the fields
 * whose language is written in a script the text uses: Latin words looked up in the Arabic, Persian
 * and Ukrainian fields cost a term lookup per segment each and find nothing a Norwegian field does
 * not. {@code lang_icu} holds every other language, in any script, so it is always searched.
 */
final class MotherTongueQuery {
  private static final float INFLECTED_WEIGHT = 0.6f;
  private static final int MAX_STEMMED = 30;

  /** The scripts of the languages with their own field (see {@link LuceneSchema#langFields()}). */
  private static final Map<String, Set<Character.UnicodeScript>> SCRIPTS =
      Map.of(
          "lang_ar", Set.of(Character.UnicodeScript.ARABIC),
          "lang_fa", Set.of(Character.UnicodeScript.ARABIC),
          "lang_uk", Set.of(Character.UnicodeScript.CYRILLIC),
          "lang_en", Set.of(Character.UnicodeScript.LATIN),
          "lang_pl", Set.of(Character.UnicodeScript.LATIN));

  /** The key of a word's query in one field on one reader ({@link GroupSearcher#queryPart}). */
  private record FieldWord(String field, String term) {}

  private final RememberedAnalysis analysis;

  MotherTongueQuery(RememberedAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Null when no field's analysis leaves a term of the text that some document holds. A word's
   * query in a field depends on the word, the field and the reader alone: built once per reader
   * (building a prefix query's automaton was about 1% of a search served over HTTP, issue 13), and
   * the same object on every search, so the scores remembered for the whole query are found without
   * comparing its parts term by term ({@link RememberedScores}).
   */
  Query build(String text, GroupSearcher searcher, ReaderTerms index) {
    Set<Character.UnicodeScript> scripts = scripts(text);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String field : LuceneSchema.langFields()) {
      Set<Character.UnicodeScript> written = SCRIPTS.get(field);
      if (written != null && Collections.disjoint(written, scripts)) {
        continue;
      }
      Set<String> terms = analysis.terms(field, text);
      if (terms.isEmpty()) {
        continue;
      }
      // Most of the text's words, counted before the words no document holds are left out (they
      // cannot match, and each cost a lookup per segment): with too few left, the field is out.
      int mustMatch = terms.size() <= 2 ? 1 : (terms.size() + 1) / 2;
      BooleanQuery.Builder fieldQuery = new BooleanQuery.Builder();
      int held = 0;
      for (String t : terms) {
        Query word = inflected(field, t, index, searcher);
        if (word != null) {
          fieldQuery.add(word, BooleanClause.Occur.SHOULD);
          held++;
        }
      }
      if (held < mustMatch) {
        continue;
      }
      any.add(
          fieldQuery.setMinimumNumberShouldMatch(mustMatch).build(), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : any.build();
  }

  /** The scripts of the text's letters. */
  static Set<Character.UnicodeScript> scripts(String text) {
    Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> scripts.add(Character.UnicodeScript.of(cp)));
    return scripts;
  }

  /**
   * A mother-tongue word, or the same word with another ending. Light stemmers leave many endings
   * (Arabic possessives, Ukrainian and Polish cases, Tigrinya suffixes): "حزن" must find "حزنك",
   * "ሓዘን" must find "ሓዘንኩም". So the exact term, or any term that starts with it less its last
   * letter or two, at a lower weight. The prefix query only where some term has that prefix: its
   * automaton costs more than the rest of the word's query, and a visitor's unknown words (or an
   * attacker's) would pay it in every field for nothing. Null when neither is in the index; such a
   * word is not remembered, so that unknown words never crowd out the known ones.
   */
  private static Query inflected(
      String field, String term, ReaderTerms index, GroupSearcher searcher) {
    Term word = new Term(field, term);
    boolean exact = index.exists(word);
    Term stem = stem(word);
    boolean prefixed = stem != null && index.anyStartsWith(stem);
    if (!exact && !prefixed) {
      return null;
    }
    return searcher.queryPart(
        new FieldWord(field, term),
        k -> {
          TermQuery exactQuery = exact ? new TermQuery(word) : null;
          if (!prefixed) {
            return exactQuery;
          }
          Query inflected = new BoostQuery(new PrefixQuery(stem), INFLECTED_WEIGHT);
          return exactQuery == null
              ? inflected
              : new DisjunctionMaxQuery(List.of(exactQuery, inflected), 0f);
        });
  }

  /** The word less its last letter or two; null for a word too short or too long to stem. */
  private static Term stem(Term word) {
    String term = word.text();
    int letters = term.codePointCount(0, term.length());
    if (letters < 3 || letters > MAX_STEMMED) {
      return null;
    }
    int keep = letters >= 6 ? letters - 2 : letters >= 4 ? letters - 1 : letters;
    return new Term(word.field(), term.substring(0, term.offsetByCodePoints(0, keep)));
  }
}
