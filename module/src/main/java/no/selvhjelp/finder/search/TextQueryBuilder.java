package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.TokenStream;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.tokenattributes.CharTermAttribute;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.BoostQuery;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.FuzzyQuery;
import no.selvhjelp.finder.shaded.lucene.search.PrefixQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;

/**
 * Turns a visitor's plain text into a Lucene query. The text is first cut into words ({@link
 * UserText}), so no character of it is ever read as query syntax. Then, per word, one
 * disjunction-max over every field family: the Norwegian-stemmed fields (with the word's compounds
 * and synonyms), the folded fields, and fuzzy matches on the unstemmed fields; each weighted by its
 * source (title, themes, summary, description, place). Words are combined so that most, not all,
 * must match, since one misspelt or unknown word should not empty the result. Mother-tongue fields
 * are searched with the whole text in their own analysis.
 */
public final class TextQueryBuilder {
  private static final float FOLD_WEIGHT = 0.7f;
  private static final float FUZZY_WEIGHT = 0.35f;
  private static final float TIE_BREAKER = 0.2f;
  private static final int MAX_FUZZY_TERM = 30;
  private static final int MAX_WORD = 50;
  private static final float INFLECTED_WEIGHT = 0.6f;

  private final Analyzer query;

  public TextQueryBuilder(Analyzer queryAnalyzer) {
    this.query = queryAnalyzer;
  }

  /**
   * Null when the text has no searchable word (only stop words or punctuation). The reader tells
   * which words the index knows: only unknown words get fuzzy alternatives, which keeps correctly
   * spelt words from matching near-misses, and keeps costly fuzzy automata to the typos.
   */
  public Query build(String text, IndexReader reader) {
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
    BooleanQuery.Builder norwegian = new BooleanQuery.Builder();
    for (String word : words) {
      norwegian.add(wordQuery(word, reader), BooleanClause.Occur.SHOULD);
    }
    norwegian.setMinimumNumberShouldMatch(words.size() <= 2 ? 1 : (words.size() + 1) / 2);

    BooleanQuery.Builder top = new BooleanQuery.Builder();
    top.add(norwegian.build(), BooleanClause.Occur.SHOULD);
    Query mother = motherTongue(String.join(" ", words));
    if (mother != null) {
      top.add(mother, BooleanClause.Occur.SHOULD);
    }
    return top.build();
  }

  /** The words' stemmed terms on the stored text fields: a cheap query for highlighting only. */
  public Query highlightQuery(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : List.of("description" + LuceneSchema.NO, "summary" + LuceneSchema.NO)) {
      for (String word : UserText.terms(text)) {
        if (word.length() <= MAX_WORD) {
          for (String term : terms(field, word)) {
            b.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
          }
        }
      }
    }
    return b.build();
  }

  private Query wordQuery(String word, IndexReader reader) {
    boolean known = known(word, reader);
    List<Query> alternatives = new ArrayList<>();
    for (String source : LuceneSchema.SOURCES) {
      float boost = LuceneSchema.SOURCE_BOOSTS.get(source);
      for (String term : terms(source + LuceneSchema.NO, word)) {
        alternatives.add(
            new BoostQuery(new TermQuery(new Term(source + LuceneSchema.NO, term)), boost));
      }
      for (String term : terms(source + LuceneSchema.FOLD, word)) {
        alternatives.add(
            new BoostQuery(
                new TermQuery(new Term(source + LuceneSchema.FOLD, term)), boost * FOLD_WEIGHT));
      }
      for (String folded : known ? Set.<String>of() : terms(source + LuceneSchema.EXACT, word)) {
        int edits = editsFor(folded);
        if (edits > 0 && folded.length() <= MAX_FUZZY_TERM) {
          // Prefix 1: typos rarely hit the first letter, and it keeps the automaton small.
          alternatives.add(
              new BoostQuery(
                  new FuzzyQuery(new Term(source + LuceneSchema.EXACT, folded), edits, 1, 50, true),
                  boost * FUZZY_WEIGHT));
        }
      }
    }
    return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  /** Whether any Norwegian or folded field holds one of the word's terms. */
  private boolean known(String word, IndexReader reader) {
    try {
      for (String source : LuceneSchema.SOURCES) {
        for (String suffix : List.of(LuceneSchema.NO, LuceneSchema.FOLD)) {
          String field = source + suffix;
          for (String term : terms(field, word)) {
            if (reader.docFreq(new Term(field, term)) > 0) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Edit distance by word length: none for short words, where one edit is another word. */
  static int editsFor(String word) {
    int n = word.codePointCount(0, word.length());
    if (n < 4) {
      return 0;
    }
    return n < 8 ? 1 : 2;
  }

  private Query motherTongue(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String field : LuceneSchema.langFields()) {
      Set<String> terms = terms(field, text);
      if (terms.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder fieldQuery = new BooleanQuery.Builder();
      for (String t : terms) {
        fieldQuery.add(inflected(field, t), BooleanClause.Occur.SHOULD);
      }
      fieldQuery.setMinimumNumberShouldMatch(terms.size() <= 2 ? 1 : (terms.size() + 1) / 2);
      any.add(fieldQuery.build(), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : any.build();
  }

  /**
   * A mother-tongue word, or the same word with another ending. Light stemmers leave many endings
   * (Arabic possessives, Ukrainian and Polish cases, Tigrinya suffixes): "حزن" must find "حزنك",
   * "ሓዘን" must find "ሓዘንኩም". So the exact term, or any term that starts with it less its last
   * letter or two, at a lower weight.
   */
  private static Query inflected(String field, String term) {
    int letters = term.codePointCount(0, term.length());
    if (letters < 3 || letters > MAX_FUZZY_TERM) {
      return new TermQuery(new Term(field, term));
    }
    int keep = letters >= 6 ? letters - 2 : letters >= 4 ? letters - 1 : letters;
    String stem = term.substring(0, term.offsetByCodePoints(0, keep));
    return new DisjunctionMaxQuery(
        List.of(
            new TermQuery(new Term(field, term)),
            new BoostQuery(new PrefixQuery(new Term(field, stem)), INFLECTED_WEIGHT)),
        0f);
  }

  private Set<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = query.tokenStream(field, text)) {
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
