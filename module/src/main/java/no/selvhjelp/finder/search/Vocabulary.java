package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.index.LeafReader;
import no.selvhjelp.finder.shaded.lucene.index.Terms;
import no.selvhjelp.finder.shaded.lucene.index.TermsEnum;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;

/**
 * The words one index segment holds in its unstemmed ({@code _exact}) fields, by first letter and
 * length: the spelling index typo tolerance looks unknown words up in. A word of length n with k
 * allowed edits can only be near a word of length n-k to n+k that starts with the same letter (the
 * prefix of 1 that fuzzy queries had too), so a lookup reads a few short lists instead of the terms
 * dictionary, and builds no automaton.
 */
final class Vocabulary {
  /** A word of the segment, in which source fields it occurs (bit i: SOURCES[i]), and how often. */
  record Word(String term, int[] codePoints, int fields, int docFreq) {}

  private final Map<Long, List<Word>> byFirstAndLength;

  private Vocabulary(Map<Long, List<Word>> byFirstAndLength) {
    this.byFirstAndLength = byFirstAndLength;
  }

  static Vocabulary of(LeafReader leaf) throws IOException {
    Map<String, int[]> fieldsAndFreq = new HashMap<>();
    for (int i = 0; i < LuceneSchema.SOURCES.size(); i++) {
      Terms terms = leaf.terms(LuceneSchema.SOURCES.get(i) + LuceneSchema.EXACT);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      int bit = 1 << i;
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        int[] entry = fieldsAndFreq.computeIfAbsent(t.utf8ToString(), k -> new int[2]);
        entry[0] |= bit;
        entry[1] += it.docFreq();
      }
    }
    Map<Long, List<Word>> buckets = new HashMap<>();
    fieldsAndFreq.forEach(
        (term, entry) -> {
          int[] cps = term.codePoints().toArray();
          buckets
              .computeIfAbsent(key(cps[0], cps.length), k -> new ArrayList<>())
              .add(new Word(term, cps, entry[0], entry[1]));
        });
    buckets.replaceAll((k, words) -> List.copyOf(words));
    return new Vocabulary(Map.copyOf(buckets));
  }

  /** The words that start with {@code first} and have {@code length} code points. */
  List<Word> words(int first, int length) {
    return byFirstAndLength.getOrDefault(key(first, length), List.of());
  }

  private static long key(int first, int length) {
    return ((long) first << 32) | length;
  }
}
