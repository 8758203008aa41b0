package no.selvhjelp.finder.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.MultiDocValues;
import no.selvhjelp.finder.shaded.lucene.index.SortedSetDocValues;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;
import no.selvhjelp.finder.shaded.lucene.util.LongValues;

/**
 * Every document's facet ordinals, read once when a reader opens, so that a search counts its
 * matches' facets by walking two int arrays instead of decoding sorted-set doc values for every
 * match of every request (issue 13: that decoding was about half of a search). Per leaf the
 * ordinals stay in the leaf's own numbering (each document's run in {@code ords} from {@code
 * starts[doc]}); a count adds them up per leaf and maps the few non-zero ones to the reader's
 * global ordinals at the end, as Lucene's own sorted-set facet counts do.
 *
 * <p>Lucene's {@code SortedSetDocValuesFacetCounts} decodes the doc values on every call and counts
 * one request's matches once per {@code Facets} instance; the requirement is one cheap
 * count per match set, with drill-sideways sets counted the same way, which its API does not offer
 * without re-running the query per dimension.
 */
public final class FacetOrdinals {
  private final Leaf[] leaves;
  private final String[][] paths;
  private final Map<String, int[]> byDimAndDepth = new HashMap<>();

  /**
   * A leaf's ordinals twice: every dimension's together (a match set's counts), and each
   * dimension's apart (a drill-sideways set is read for one dimension only; walking every
   * dimension's ordinals of sets that may hold every document was 11% of a search at 10,000 groups,
   * issue 13).
   */
  private record Leaf(Run all, Map<String, Run> byDim, LongValues toGlobal, int valueCount) {}

  /**
   * Per document, its ordinals in {@code ords} from {@code starts[doc]} to {@code starts[doc + 1]}.
   */
  private record Run(int[] starts, int[] ords) {}

  FacetOrdinals(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues all = state.getDocValues();
    this.paths = new String[state.getSize()][];
    for (int ord = 0; ord < paths.length; ord++) {
      paths[ord] = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
    }
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int ord = 0; ord < paths.length; ord++) {
      groups
          .computeIfAbsent(key(paths[ord][0], paths[ord].length - 1), k -> new ArrayList<>())
          .add(ord);
    }
    // In the order of the values' names (a stable sort: equal names keep the ordinals' order), so
    // that a facet list sorted by count breaks ties by position instead of comparing strings on
    // every request (issue 13: that sort was 8% of a search served over HTTP).
    groups.forEach(
        (k, ords) -> {
          ords.sort(Comparator.comparing(ord -> last(paths[ord])));
          byDimAndDepth.put(k, ords.stream().mapToInt(Integer::intValue).toArray());
        });
    List<LeafReaderContext> contexts = reader.leaves();
    this.leaves = new Leaf[contexts.size()];
    for (LeafReaderContext ctx : contexts) {
      leaves[ctx.ord] = read(ctx, state.getField(), all);
    }
  }

  private Leaf read(LeafReaderContext ctx, String field, SortedSetDocValues all)
      throws IOException {
    int maxDoc = ctx.reader().maxDoc();
    SortedSetDocValues dv = ctx.reader().getSortedSetDocValues(field);
    if (dv == null) {
      return new Leaf(new Run(new int[maxDoc + 1], new int[0]), Map.of(), LongValues.IDENTITY, 0);
    }
    LongValues toGlobal =
        all instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping.getGlobalOrds(ctx.ord)
            : LongValues.IDENTITY;
    int valueCount = (int) dv.getValueCount();
    RunBuilder every = new RunBuilder(maxDoc);
    Map<String, RunBuilder> perDim = new HashMap<>();
    RunBuilder[] dimRun = new RunBuilder[valueCount];
    for (int ord = 0; ord < valueCount; ord++) {
      String dim = paths[(int) toGlobal.get(ord)][0];
      dimRun[ord] = perDim.computeIfAbsent(dim, d -> new RunBuilder(maxDoc));
    }
    RunBuilder[] dims = perDim.values().toArray(RunBuilder[]::new);
    for (int doc = 0; doc < maxDoc; doc++) {
      every.startDoc(doc);
      for (RunBuilder b : dims) {
        b.startDoc(doc);
      }
      if (dv.advanceExact(doc)) {
        for (int i = 0, count = dv.docValueCount(); i < count; i++) {
          int ord = (int) dv.nextOrd();
          every.add(ord);
          dimRun[ord].add(ord);
        }
      }
    }
    Map<String, Run> byDim = new HashMap<>();
    perDim.forEach((dim, b) -> byDim.put(dim, b.build()));
    return new Leaf(every.build(), byDim, toGlobal, valueCount);
  }

  private static final class RunBuilder {
    private final int[] starts;
    private int[] ords = new int[16];
    private int n;

    RunBuilder(int maxDoc) {
      this.starts = new int[maxDoc + 1];
    }

    void startDoc(int doc) {
      starts[doc] = n;
    }

    void add(int ord) {
      if (n == ords.length) {
        ords = Arrays.copyOf(ords, ords.length * 2);
      }
      ords[n++] = ord;
    }

    Run build() {
      starts[starts.length - 1] = n;
      return new Run(starts, Arrays.copyOf(ords, n));
    }
  }

  /** How many global ordinals (facet labels) the reader has. */
  public int size() {
    return paths.length;
  }

  /** The label of a global ordinal: the dimension, then the path below it. */
  public String[] path(int ord) {
    return paths[ord];
  }

  /**
   * The global ordinals of a dimension at one depth below it (1: the dimension's values; 2 for the
   * place dimension: the kommuner under their fylke), in the order of the values' names ({@link
   * String#compareTo}), equal names in ordinal order.
   */
  public int[] ordinals(String dim, int depth) {
    return byDimAndDepth.getOrDefault(key(dim, depth), new int[0]);
  }

  /**
   * Counts per global ordinal over a match set given per leaf (by {@code LeafReaderContext.ord}); a
   * null entry is a leaf without matches.
   */
  public int[] count(FixedBitSet[] matchesPerLeaf) {
    return count(matchesPerLeaf, null);
  }

  /**
   * As {@link #count(FixedBitSet[])}, for one dimension's values alone (every other count 0).
   *
   * @param dim the dimension (the first element of its values' paths); null for every dimension
   */
  public int[] count(FixedBitSet[] matchesPerLeaf, String dim) {
    int[] counts = new int[paths.length];
    for (int l = 0; l < leaves.length; l++) {
      FixedBitSet matches = matchesPerLeaf[l];
      Leaf leaf = leaves[l];
      Run run = dim == null ? leaf.all : leaf.byDim.get(dim);
      if (matches == null || run == null) {
        continue;
      }
      int[] starts = run.starts;
      int[] ords = run.ords;
      int[] local = new int[leaf.valueCount];
      // The set's words read directly: a drill-sideways set may hold every document, and going
      // through them with Lucene's bit set iterator was half the cost of counting (issue 13).
      long[] words = matches.getBits();
      for (int w = 0, n = FixedBitSet.bits2words(matches.length()); w < n; w++) {
        for (long word = words[w]; word != 0; word &= word - 1) {
          int doc = (w << 6) + Long.numberOfTrailingZeros(word);
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            local[ords[i]]++;
          }
        }
      }
      for (int ord = 0; ord < local.length; ord++) {
        if (local[ord] != 0) {
          counts[(int) leaf.toGlobal.get(ord)] += local[ord];
        }
      }
    }
    return counts;
  }

  private static String last(String[] path) {
    return path[path.length - 1];
  }

  private static String key(String dim, int depth) {
    return dim + '\u0000' + depth;
  }
}
