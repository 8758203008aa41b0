package no.selvhjelp.finder.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One reader's remembered matches and scores of query parts: per part (a word of a visitor's text
 * over every field, see {@code search.RememberedScores}), per leaf, the documents it matches and
 * the score each gets. A word's score on a document depends on the document and the reader's
 * statistics alone, not on the rest of the text, and visitors write the same few hundred words in
 * ever new combinations; so a new text made of known words costs adding up remembered scores
 * instead of scoring every word's dozens of terms over every field again (issue 13: that scoring
 * was most of a text search). Kept for the reader's lifetime, which ends at the next change to the
 * index. Bounded by the documents remembered (some 8 bytes each) and emptied when full; unlike a
 * {@link BoundedMemo} it needs no generations to keep visitors' words from an attacker's, since a
 * part that matches nothing is not kept: a stream of unknown words leaves it alone.
 */
public final class ReaderScores {
  /** About 16 MB: at 10,000 groups, some thousand words' full match lists. */
  static final long DEFAULT_BUDGET = 2_000_000;

  /** The matches of one part in one leaf, by increasing document number. */
  public record Leaf(int[] docs, float[] scores, float maxScore) {
    public static final Leaf EMPTY = new Leaf(new int[0], new float[0], 0f);
  }

  private final Map<Object, Leaf[]> parts = new ConcurrentHashMap<>();
  private final AtomicLong remembered = new AtomicLong();
  private final long budget;

  ReaderScores(long budget) {
    this.budget = budget;
  }

  /** The part's matches per leaf (by {@code LeafReaderContext.ord}), or null if not remembered. */
  public Leaf[] get(Object part) {
    return parts.get(part);
  }

  /** Remembers a part's matches; one that matches nothing, or more than the budget, is not kept. */
  public void put(Object part, Leaf[] leaves) {
    long size = 0;
    for (Leaf leaf : leaves) {
      size += leaf.docs().length;
    }
    if (size == 0 || size > budget) {
      return;
    }
    if (remembered.addAndGet(size) > budget) {
      parts.clear();
      remembered.set(size);
    }
    parts.put(part, leaves);
  }

  /** How many parts are remembered now (for tests). */
  public int size() {
    return parts.size();
  }
}
