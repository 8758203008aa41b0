package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;

/**
 * Typo tolerance as a spelling index: an unknown word becomes the few known words nearest to it,
 * which the query then looks up as plain terms. Fuzzy queries did the same by building a
 * Levenshtein automaton per word and field; for 16 unknown 30-letter words that was 80 automata and
 * 0.6 to 2.8 s of CPU per search (issue 13), whatever the index held. Lucene's {@code
 * DirectSpellChecker} builds the same automata, so it would not help. Here the words of each
 * segment are kept in memory ({@link Vocabulary}, built once per segment and dropped with it), and
 * a lookup compares the word with the known words of the same first letter and a near length,
 * giving up on each as soon as it is too far: its cost depends on the index's vocabulary, not on
 * what the visitor sends.
 */
final class TypoCorrections {
  /** Known words one unknown word may become: the nearest, then the most common. */
  static final int PER_WORD = 3;

  /** Known words all the unknown words of one search may become together. */
  static final int PER_SEARCH = 12;

  /**
   * A known word near the visitor's word, with the fields it is in (bit i: SOURCES[i]) and its
   * similarity as fuzzy queries weighed it: 1 - edits / the shorter word's length.
   */
  record Correction(String term, int edits, float similarity, int fields, int docFreq) {}

  private final Map<Object, Vocabulary> segments = new ConcurrentHashMap<>();

  /** The lookups of one search, which share one budget of {@link #PER_SEARCH} corrections. */
  Lookup lookup(IndexReader reader) {
    return new Lookup(reader);
  }

  final class Lookup {
    private final IndexReader reader;
    private int remaining = PER_SEARCH;

    private Lookup(IndexReader reader) {
      this.reader = reader;
    }

    /**
     * Up to {@link #PER_WORD} known words at most {@code edits} edits from {@code word} (folded and
     * lower-cased, as the {@code _exact} fields hold words), sharing its first letter; none once
     * the search's budget is spent.
     */
    List<Correction> of(String word, int edits) {
      if (remaining <= 0 || edits <= 0 || word.isEmpty()) {
        return List.of();
      }
      int[] cps = word.codePoints().toArray();
      Map<String, Correction> found = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Vocabulary vocabulary = vocabulary(leaf);
        for (int length = cps.length - edits; length <= cps.length + edits; length++) {
          for (Vocabulary.Word w : vocabulary.words(cps[0], length)) {
            int d = EditDistance.within(cps, w.codePoints(), 1, edits);
            if (d <= edits) {
              found.merge(
                  w.term(),
                  new Correction(
                      w.term(),
                      d,
                      1f - (float) d / Math.min(cps.length, length),
                      w.fields(),
                      w.docFreq()),
                  (x, y) ->
                      new Correction(
                          x.term(),
                          x.edits(),
                          x.similarity(),
                          x.fields() | y.fields(),
                          x.docFreq() + y.docFreq()));
            }
          }
        }
      }
      List<Correction> nearest = new ArrayList<>(found.values());
      nearest.sort(
          Comparator.comparingInt(Correction::edits)
              .thenComparing(Comparator.comparingInt(Correction::docFreq).reversed())
              .thenComparing(Correction::term));
      List<Correction> result =
          nearest.subList(0, Math.min(nearest.size(), Math.min(PER_WORD, remaining)));
      remaining -= result.size();
      return List.copyOf(result);
    }
  }

  private Vocabulary vocabulary(LeafReaderContext leaf) {
    var helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return build(leaf);
    }
    return segments.computeIfAbsent(
        helper.getKey(),
        key -> {
          // Dropped with its segment, so merged-away segments leave nothing behind.
          helper.addClosedListener(segments::remove);
          return build(leaf);
        });
  }

  private static Vocabulary build(LeafReaderContext leaf) {
    try {
      return Vocabulary.of(leaf.reader());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the index's words", e);
    }
  }
}
