package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.search.FilterBuilder.Dim;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.search.Collector;
import no.selvhjelp.finder.shaded.lucene.search.CollectorManager;
import no.selvhjelp.finder.shaded.lucene.search.DocIdSetIterator;
import no.selvhjelp.finder.shaded.lucene.search.FilterLeafCollector;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.LeafCollector;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.Scorer;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollector;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollectorManager;
import no.selvhjelp.finder.shaded.lucene.search.Weight;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;

/**
 * One pass over a search's matches that yields the page, the match set, and every drill-sideways
 * set. The query runs once, filtered only by what no facet dimension's own filter adds (the loosest
 * of the filters); each document it finds goes to the page and the match set if it passes every
 * filter, and to a dimension's sideways set if it passes every filter but that dimension's. The
 * filters themselves are read into bit sets first: term lookups, cheap beside scoring.
 *
 * <p>Before, each filtered dimension ran the whole text query again (drill sideways by re-query),
 * so a text search with a kommune and a theme scored its words three times.
 */
final class MatchSets {
  private final FixedBitSet[] matches;
  private final Map<Dim, FixedBitSet[]> sideways = new EnumMap<>(Dim.class);
  private final TopDocs top;

  /**
   * @param query the words (or all documents) filtered by the loosest filter
   * @param all every filter; null when it is the loosest one (no dimension is filtered)
   * @param sidewaysFilters per filtered dimension, every filter but that dimension's
   */
  MatchSets(
      IndexSearcher searcher,
      Query query,
      Query all,
      Map<Dim, Query> sidewaysFilters,
      TopFieldCollectorManager topManager)
      throws IOException {
    int leaves = searcher.getIndexReader().leaves().size();
    this.matches = new FixedBitSet[leaves];
    FixedBitSet[] allBits = all == null ? null : bits(searcher, all);
    Map<Dim, FixedBitSet[]> sidewaysBits = new EnumMap<>(Dim.class);
    for (var e : sidewaysFilters.entrySet()) {
      sidewaysBits.put(e.getKey(), bits(searcher, e.getValue()));
      sideways.put(e.getKey(), new FixedBitSet[leaves]);
    }
    this.top =
        searcher.search(
            query,
            new CollectorManager<Collector, TopDocs>() {
              private final List<TopFieldCollector> tops = new ArrayList<>();

              @Override
              public Collector newCollector() throws IOException {
                TopFieldCollector collector = topManager.newCollector();
                tops.add(collector);
                return new Sorting(collector, allBits, sidewaysBits);
              }

              @Override
              public TopDocs reduce(Collection<Collector> collectors) throws IOException {
                return topManager.reduce(tops);
              }
            });
  }

  /** The page's top documents, in the search's sort. */
  TopDocs top() {
    return top;
  }

  /** The documents that pass every filter, per leaf. */
  FixedBitSet[] matches() {
    return matches;
  }

  /** The matches without {@code dim}'s own filter, or null if the search has none for it. */
  FixedBitSet[] sideways(Dim dim) {
    return sideways.get(dim);
  }

  private static FixedBitSet[] bits(IndexSearcher searcher, Query filter) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    for (LeafReaderContext ctx : leaves) {
      FixedBitSet set = new FixedBitSet(ctx.reader().maxDoc());
      Scorer scorer = weight.scorer(ctx);
      if (scorer != null) {
        set.or(scorer.iterator());
      }
      bits[ctx.ord] = set;
    }
    return bits;
  }

  /** Sorts each found document into the page, the match set and the sideways sets. */
  private final class Sorting implements Collector {
    private final TopFieldCollector page;
    private final FixedBitSet[] allBits;
    private final Map<Dim, FixedBitSet[]> sidewaysBits;

    Sorting(TopFieldCollector page, FixedBitSet[] allBits, Map<Dim, FixedBitSet[]> sidewaysBits) {
      this.page = page;
      this.allBits = allBits;
      this.sidewaysBits = sidewaysBits;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      int maxDoc = ctx.reader().maxDoc();
      FixedBitSet matched = new FixedBitSet(maxDoc);
      matches[ctx.ord] = matched;
      FixedBitSet passes = allBits == null ? null : allBits[ctx.ord];
      int n = sidewaysBits.size();
      FixedBitSet[] from = new FixedBitSet[n];
      FixedBitSet[] into = new FixedBitSet[n];
      int i = 0;
      for (var e : sidewaysBits.entrySet()) {
        from[i] = e.getValue()[ctx.ord];
        into[i] = new FixedBitSet(maxDoc);
        sideways.get(e.getKey())[ctx.ord] = into[i];
        i++;
      }
      return new FilterLeafCollector(page.getLeafCollector(ctx)) {
        @Override
        public void collect(int doc) throws IOException {
          if (passes == null || passes.get(doc)) {
            matched.set(doc);
            in.collect(doc);
          }
          for (int d = 0; d < n; d++) {
            if (from[d].get(doc)) {
              into[d].set(doc);
            }
          }
        }

        @Override
        public DocIdSetIterator competitiveIterator() {
          return null; // every match is needed for the counts, not only competitive ones
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return page.scoreMode();
    }
  }
}
