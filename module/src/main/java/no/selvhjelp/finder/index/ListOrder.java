package no.selvhjelp.finder.index;

import java.io.IOException;
import java.util.List;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.NumericDocValues;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;
import no.selvhjelp.finder.shaded.lucene.util.IntroSorter;
import no.selvhjelp.finder.shaded.lucene.util.LongHeap;

/**
 * Every document's place in a result list without words and without a point: by section (the groups
 * that meet in the place, then the digital ones) when the search names a place, by availability
 * unless it is sorted by title, then by title ({@link TitleOrder}), then by document, as Lucene's
 * sort on those fields orders them (a missing section or availability counts as 0). Built once per
 * reader for each of the four combinations, so that the first page of such a list is the matches
 * with the lowest places, read from their bit sets, instead of every match going through a sorted
 * collector one by one: a list without words walks every published group (issue 13).
 */
public final class ListOrder {
  private final int[] docs;
  private final int[] places;
  private final int[] docBases;

  private ListOrder(int[] docs, int[] places, int[] docBases) {
    this.docs = docs;
    this.places = places;
    this.docBases = docBases;
  }

  static ListOrder of(
      IndexReader reader, TitleOrder titles, boolean bySection, boolean byAvailability)
      throws IOException {
    int maxDoc = reader.maxDoc();
    long[] section = new long[maxDoc];
    long[] availability = new long[maxDoc];
    int[] title = new int[maxDoc];
    List<LeafReaderContext> leaves = reader.leaves();
    int[] docBases = new int[leaves.size()];
    for (LeafReaderContext ctx : leaves) {
      docBases[ctx.ord] = ctx.docBase;
      if (bySection) {
        read(ctx, LuceneSchema.SECTION, section);
      }
      if (byAvailability) {
        read(ctx, LuceneSchema.AVAILABILITY, availability);
      }
      for (int doc = 0, n = ctx.reader().maxDoc(); doc < n; doc++) {
        title[ctx.docBase + doc] = titles.rank(ctx.ord, doc);
      }
    }
    int[] docs = new int[maxDoc];
    for (int doc = 0; doc < maxDoc; doc++) {
      docs[doc] = doc;
    }
    new IntroSorter() {
      private int pivot;

      @Override
      protected void setPivot(int i) {
        pivot = docs[i];
      }

      @Override
      protected int comparePivot(int j) {
        return compareDocs(pivot, docs[j]);
      }

      @Override
      protected int compare(int i, int j) {
        return compareDocs(docs[i], docs[j]);
      }

      @Override
      protected void swap(int i, int j) {
        int d = docs[i];
        docs[i] = docs[j];
        docs[j] = d;
      }

      private int compareDocs(int a, int b) {
        int c = Long.compare(section[a], section[b]);
        if (c == 0) {
          c = Long.compare(availability[a], availability[b]);
        }
        if (c == 0) {
          c = Integer.compare(title[a], title[b]);
        }
        return c != 0 ? c : Integer.compare(a, b);
      }
    }.sort(0, maxDoc);
    int[] places = new int[maxDoc];
    for (int place = 0; place < maxDoc; place++) {
      places[docs[place]] = place;
    }
    return new ListOrder(docs, places, docBases);
  }

  private static void read(LeafReaderContext ctx, String field, long[] into) throws IOException {
    NumericDocValues values = ctx.reader().getNumericDocValues(field);
    if (values == null) {
      return;
    }
    for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      into[ctx.docBase + doc] = values.longValue();
    }
  }

  /**
   * The first {@code n} documents of a match set in this order, as the reader's document numbers.
   *
   * @param matchesPerLeaf per leaf ({@code LeafReaderContext.ord}), the matching documents; a null
   *     entry is a leaf without matches
   */
  public int[] first(FixedBitSet[] matchesPerLeaf, int n) {
    // The n lowest places, kept as negated values in a min-heap that drops the lowest.
    LongHeap lowest = new LongHeap(Math.max(n, 1));
    for (int leaf = 0; leaf < matchesPerLeaf.length; leaf++) {
      FixedBitSet matches = matchesPerLeaf[leaf];
      if (matches == null) {
        continue;
      }
      int base = docBases[leaf];
      long[] words = matches.getBits();
      for (int w = 0, end = FixedBitSet.bits2words(matches.length()); w < end; w++) {
        for (long word = words[w]; word != 0; word &= word - 1) {
          int doc = base + (w << 6) + Long.numberOfTrailingZeros(word);
          lowest.insertWithOverflow(-places[doc]);
        }
      }
    }
    // pop() gives the least value first, the highest place kept: the page fills from its end.
    int[] page = new int[Math.min(n, lowest.size())];
    for (int i = page.length - 1; i >= 0; i--) {
      page[i] = docs[(int) -lowest.pop()];
    }
    return page;
  }
}
