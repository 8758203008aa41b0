package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.index.Terms;
import no.selvhjelp.finder.shaded.lucene.index.TermsEnum;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.BoostQuery;
import no.selvhjelp.finder.shaded.lucene.search.DisjunctionMaxQuery;
import no.selvhjelp.finder.shaded.lucene.search.PrefixQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;
import no.selvhjelp.finder.shaded.lucene.util.StringHelper;

/**
 * The mother-tongue fields ({@code lang_*}): the visitor's words, each field in its own language's
 * analysis; in each field most of the words must match, as in the Norwegian fields.
 */
final class MotherTongueQuery {
  private static final float INFLECTED_WEIGHT = 0.6f;
  private static final int MAX_STEMMED = 30;

  private final Analyzer analyzer;

  MotherTongueQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Null when no field's analysis leaves a term of the text. */
  Query build(String text, IndexReader reader) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String field : LuceneSchema.langFields()) {
      Set<String> terms = AnalyzedTerms.of(analyzer, field, text);
      if (terms.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder fieldQuery = new BooleanQuery.Builder();
      for (String t : terms) {
        fieldQuery.add(inflected(field, t, reader), BooleanClause.Occur.SHOULD);
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
   * letter or two, at a lower weight. The prefix query only where some term has that prefix: its
   * automaton costs more than the rest of the word's query, and a visitor's unknown words (or an
   * attacker's) would pay it in every field for nothing.
   */
  private static Query inflected(String field, String term, IndexReader reader) {
    TermQuery exact = new TermQuery(new Term(field, term));
    int letters = term.codePointCount(0, term.length());
    if (letters < 3 || letters > MAX_STEMMED) {
      return exact;
    }
    int keep = letters >= 6 ? letters - 2 : letters >= 4 ? letters - 1 : letters;
    String stem = term.substring(0, term.offsetByCodePoints(0, keep));
    if (!anyTermStartsWith(reader, field, new BytesRef(stem))) {
      return exact;
    }
    return new DisjunctionMaxQuery(
        List.of(exact, new BoostQuery(new PrefixQuery(new Term(field, stem)), INFLECTED_WEIGHT)),
        0f);
  }

  /** One seek per segment in the terms dictionary. */
  private static boolean anyTermStartsWith(IndexReader reader, String field, BytesRef prefix) {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        if (it.seekCeil(prefix) != TermsEnum.SeekStatus.END
            && StringHelper.startsWith(it.term(), prefix)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
