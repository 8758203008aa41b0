package no.selvhjelp.finder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * the index, in a {@link BoundedMemo}, through which a stream of new words (an attacker's) passes
 * without pushing out the words visitors keep asking for.
 *
 * <p>Words not asked before still cost their seeks, and an attacker's text is nothing but such
 * words, each asked in ten fields or more: a new enumerator per field and segment for every one was
 * most of what a hostile search allocated (3.4 MB). A search therefore asks through {@link
 * #forOneSearch()}, which shares the answers and keeps one enumerator per field and segment for the
 * search's own questions.
 */
public final class ReaderTerms {
  /** Some 100 bytes an answer: a few MB at most, for a reader that lives until the next edit. */
  private static final int CAPACITY = 16_384;

  private final IndexReader reader;
  private final BoundedMemo<Term, Boolean> exists;
  private final BoundedMemo<Term, Boolean> prefixes;
  private final BoundedMemo<String, List<String>> fieldTerms;

  /**
   * A field's enumerator per segment (null where the segment lacks the field), for one thread's
   * questions; null in the shared instance, which opens new ones for every question.
   */
  private final Map<String, TermsEnum[]> enumerators;

  ReaderTerms(IndexReader reader) {
    this.reader = reader;
    this.exists = new BoundedMemo<>(CAPACITY, this::lookUp);
    this.prefixes = new BoundedMemo<>(CAPACITY, this::lookUpPrefix);
    this.fieldTerms = new BoundedMemo<>(64, this::lookUpField);
    this.enumerators = null;
  }

  private ReaderTerms(ReaderTerms shared) {
    this.reader = shared.reader;
    this.exists = shared.exists;
    this.prefixes = shared.prefixes;
    this.fieldTerms = shared.fieldTerms;
    this.enumerators = new HashMap<>();
  }

  /**
   * The same answers, for one search on one thread: what it asks that nobody asked before is looked
   * up with enumerators it keeps until it is dropped. Not to be shared between threads.
   */
  public ReaderTerms forOneSearch() {
    return new ReaderTerms(this);
  }

  /** Whether some document holds {@code term} (deleted documents may still count). */
  public boolean exists(Term term) {
    return exists.get(term, this::lookUp);
  }

  /** Whether some term of the prefix's field starts with the prefix's text. */
  public boolean anyStartsWith(Term prefix) {
    return prefixes.get(prefix, this::lookUpPrefix);
  }

  /**
   * Every term of a field, in order. Only for fields with a handful of terms (languages, formats):
   * the list is kept.
   */
  public List<String> all(String field) {
    return fieldTerms.get(field);
  }

  /** One seek per segment in the terms dictionary, until a segment holds the term. */
  private boolean lookUp(Term term) {
    try {
      TermsEnum[] perSegment = enumerators(term.field());
      for (TermsEnum it : perSegment) {
        // A term in a segment's dictionary has at least one document there.
        if (it != null && it.seekExact(term.bytes())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One seek per segment in the terms dictionary. */
  private boolean lookUpPrefix(Term prefix) {
    BytesRef bytes = prefix.bytes();
    try {
      for (TermsEnum it : enumerators(prefix.field())) {
        if (it != null
            && it.seekCeil(bytes) != TermsEnum.SeekStatus.END
            && StringHelper.startsWith(it.term(), bytes)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TermsEnum[] enumerators(String field) throws IOException {
    TermsEnum[] kept = enumerators == null ? null : enumerators.get(field);
    if (kept != null) {
      return kept;
    }
    List<LeafReaderContext> leaves = reader.leaves();
    TermsEnum[] opened = new TermsEnum[leaves.size()];
    for (int i = 0; i < opened.length; i++) {
      Terms terms = leaves.get(i).reader().terms(field);
      opened[i] = terms == null ? null : terms.iterator();
    }
    if (enumerators != null) {
      enumerators.put(field, opened);
    }
    return opened;
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
