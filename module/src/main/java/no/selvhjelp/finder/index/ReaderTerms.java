package no.selvhjelp.finder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.MultiTerms;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.index.Terms;
import no.selvhjelp.finder.shaded.lucene.index.TermsEnum;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;
import no.selvhjelp.finder.shaded.lucene.util.StringHelper;

/**
 * What a search asks of one reader's terms before it builds its query: whether the index holds a
 * term, whether any term starts with a prefix, which terms a small keyword field holds. Visitors
 * ask with the same few hundred words search after search, and each answer cost a seek in every
 * segment (a new terms enumerator each time): about a tenth of a text search at 10,000 groups
 * (issue 13). So each answer is kept for the reader's lifetime, which ends at the next change to
 * the index; a stream of new words (an attacker's) only empties the memory now and then.
 */
public final class ReaderTerms {
  /** Some 100 bytes an answer: a few MB at most, for a reader that lives until the next edit. */
  private static final int CAPACITY = 16_384;

  private final IndexReader reader;
  private final BoundedMemo<Term, Boolean> exists;
  private final BoundedMemo<Term, Boolean> prefixes;
  private final BoundedMemo<String, List<String>> fieldTerms;

  ReaderTerms(IndexReader reader) {
    this.reader = reader;
    this.exists = new BoundedMemo<>(CAPACITY, this::lookUp);
    this.prefixes = new BoundedMemo<>(CAPACITY, this::lookUpPrefix);
    this.fieldTerms = new BoundedMemo<>(64, this::lookUpField);
  }

  /** Whether some document holds {@code term} (deleted documents may still count). */
  public boolean exists(Term term) {
    return exists.get(term);
  }

  /** Whether some term of the prefix's field starts with the prefix's text. */
  public boolean anyStartsWith(Term prefix) {
    return prefixes.get(prefix);
  }

  /**
   * Every term of a field, in order. Only for fields with a handful of terms (languages, formats):
   * the list is kept.
   */
  public List<String> all(String field) {
    return fieldTerms.get(field);
  }

  private boolean lookUp(Term term) {
    try {
      return reader.docFreq(term) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One seek per segment in the terms dictionary. */
  private boolean lookUpPrefix(Term prefix) {
    BytesRef bytes = prefix.bytes();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(prefix.field());
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        if (it.seekCeil(bytes) != TermsEnum.SeekStatus.END
            && StringHelper.startsWith(it.term(), bytes)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> lookUpField(String field) {
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      List<String> all = new ArrayList<>();
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          all.add(t.utf8ToString());
        }
      }
      return List.copyOf(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
