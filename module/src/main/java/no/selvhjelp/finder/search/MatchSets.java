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
import no.selvhjelp.finder.shaded.lucene.search.Scorable;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.Scorer;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollector;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollectorManager;
import no.selvhjelp.finder.shaded.lucene.search.Weight;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;

/**
 * The page, the match set and every drill-sideways set of one search, from at most two passes over
 * the index. The scored query (the words and every filter) fills the page and the match set. When
 * the visitor filtered on facet dimensions, one more pass without scores runs the words with the
 * loosest filter (every filter but the facet dimensions' own) and puts each document it finds into
 * a dimension's sideways set when it passes every filter but that dimension's; the filters are read
 * into bit sets first, term lookups that cost little beside scoring.
 *
 * <p>Before, each filtered dimension ran the query again (drill sideways by re-query), so a text
 * search with a kommune and a theme went over its words three times. Scoring only the documents
 * that pass every filter matters: a disjunction's bulk scorer scores every document it visits.
 */
final class MatchSets {
  private final FixedBitSet[] matches;
  private final Map<Dim, FixedBitSet[]> sideways = new EnumMap<>(Dim.class);
  private final TopDocs top;

  /**
   * @param scored the words (or all documents) with every filter: the page and the matches
   * @param loosest the words with every filter but the facet dimensions' own; unused when {@code
   *     sidewaysFilters} is empty
   * @param sidewaysFilters per filtered dimension, every filter but that dimension's
   */
  MatchSets(
      IndexSearcher searcher,
      Query scored,
      Query loosest,
      Map<Dim, Query> sidewaysFilters,
      TopFieldCollectorManager topManager)
      throws IOException {
    int leaves = searcher.getIndexReader().leaves().size();
    this.matches = new FixedBitSet[leaves];
    this.top =
        searcher.search(
            scored,
            new CollectorManager<Collector, TopDocs>() {
              private final List<TopFieldCollector> tops = new ArrayList<>();

              @Override
              public Collector newCollector() throws IOException {
                TopFieldCollector collector = topManager.newCollector();
                tops.add(collector);
                return new Matching(collector);
              }

              @Override
              public TopDocs reduce(Collection<Collector> collectors) throws IOException {
                return topManager.reduce(tops);
              }
            });
    if (sidewaysFilters.isEmpty()) {
      return;
    }
    Map<Dim, FixedBitSet[]> sidewaysBits = new EnumMap<>(Dim.class);
    for (var e : sidewaysFilters.entrySet()) {
      sidewaysBits.put(e.getKey(), bits(searcher, e.getValue()));
      sideways.put(e.getKey(), new FixedBitSet[leaves]);
    }
    searcher.search(
        loosest,
        new CollectorManager<Collector, Void>() {
          @Override
          public Collector newCollector() {
            return new Sideways(sidewaysBits);
          }

          @Override
          public Void reduce(Collection<Collector> collectors) {
            return null;
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

  /** Hands each match to the page and records it in the match set. */
  private final class Matching implements Collector {
    private final TopFieldCollector page;

    Matching(TopFieldCollector page) {
      this.page = page;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      FixedBitSet matched = new FixedBitSet(ctx.reader().maxDoc());
      matches[ctx.ord] = matched;
      return new FilterLeafCollector(page.getLeafCollector(ctx)) {
        @Override
        public void collect(int doc) throws IOException {
          matched.set(doc);
          in.collect(doc);
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

  /** Puts each document of the loosest pass into the sideways sets whose filters it passes. */
  private final class Sideways implements Collector {
    private final Map<Dim, FixedBitSet[]> sidewaysBits;

    Sideways(Map<Dim, FixedBitSet[]> sidewaysBits) {
      this.sidewaysBits = sidewaysBits;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      int n = sidewaysBits.size();
      FixedBitSet[] from = new FixedBitSet[n];
      FixedBitSet[] into = new FixedBitSet[n];
      int i = 0;
      for (var e : sidewaysBits.entrySet()) {
        from[i] = e.getValue()[ctx.ord];
        into[i] = new FixedBitSet(ctx.reader().maxDoc());
        sideways.get(e.getKey())[ctx.ord] = into[i];
        i++;
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          for (int d = 0; d < n; d++) {
            if (from[d].get(doc)) {
              into[d].set(doc);
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
