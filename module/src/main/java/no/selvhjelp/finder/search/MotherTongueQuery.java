package no.selvhjelp.finder.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private final RememberedAnalysis analysis;

  MotherTongueQuery(RememberedAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Null when no field's analysis leaves a term of the text that some document holds. */
  Query build(String text, ReaderTerms index) {
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
        Query word = inflected(field, t, index);
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
   * attacker's) would pay it in every field for nothing. Null when neither is in the index.
   */
  private static Query inflected(String field, String term, ReaderTerms index) {
    Term word = new Term(field, term);
    TermQuery exact = index.exists(word) ? new TermQuery(word) : null;
    int letters = term.codePointCount(0, term.length());
    if (letters < 3 || letters > MAX_STEMMED) {
      return exact;
    }
    int keep = letters >= 6 ? letters - 2 : letters >= 4 ? letters - 1 : letters;
    Term stem = new Term(field, term.substring(0, term.offsetByCodePoints(0, keep)));
    if (!index.anyStartsWith(stem)) {
      return exact;
    }
    Query inflected = new BoostQuery(new PrefixQuery(stem), INFLECTED_WEIGHT);
    return exact == null ? inflected : new DisjunctionMaxQuery(List.of(exact, inflected), 0f);
  }
}
