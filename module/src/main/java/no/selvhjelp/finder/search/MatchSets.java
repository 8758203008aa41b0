package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.index.FacetOrdinals;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.ListOrder;
import no.selvhjelp.finder.search.FilterBuilder.Dim;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.search.Collector;
import no.selvhjelp.finder.shaded.lucene.search.CollectorManager;
import no.selvhjelp.finder.shaded.lucene.search.DocIdSetIterator;
import no.selvhjelp.finder.shaded.lucene.search.LeafCollector;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.Scorable;
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollector;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollectorManager;
import no.selvhjelp.finder.shaded.lucene.search.TotalHits;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;

/**
 * The page, the match set and every drill-sideways set of one search, from one pass over the index.
 * Without facet filters the pass runs the search's query (the words and every filter). With them,
 * it runs the words with the loosest filter (every filter but the facet dimensions' own): a
 * document goes into a dimension's sideways set when it passes every filter but that dimension's,
 * and onto the page and into the match set when it passes every filter. The filters are read into
 * bit sets first, once per reader ({@link GroupSearcher#filterBits}).
 *
 * <p>Until 2026-12-04 a second pass, without scores, filled the sideways sets, so that only the
 * documents passing every filter were scored. Since a word's scores are remembered per reader
 * ({@link RememberedScores}), scoring the loosest set costs less than going over the words twice: a
 * text + filter search at 10,000 groups measured 8 to 12% cheaper in one pass, with the same
 * answers (docs/benchmarks.md, issue 13). A filter does not change a score, so the page is the one
 * the query with every filter gives.
 */
final class MatchSets {
  private final FixedBitSet[] matches;
  private final Map<Dim, FixedBitSet[]> sideways = new EnumMap<>(Dim.class);
  private final TopDocs top;

  /** Where a list's sets came from, to count them as kept per reader; null after a pass. */
  private final ListFilters list;

  private record ListFilters(GroupSearcher searcher, Query filters, Map<Dim, Query> sideways) {}

  /**
   * @param query the words (or all documents) with every filter when {@code sidewaysFilters} is
   *     empty, else with the loosest filter (every filter but the facet dimensions' own)
   * @param filters every filter of the search: what a document of the loosest pass must pass to be
   *     a match; not read when {@code sidewaysFilters} is empty
   * @param sidewaysFilters per filtered dimension, every filter but that dimension's
   */
  MatchSets(
      GroupSearcher searcher,
      Query query,
      Query filters,
      Map<Dim, Query> sidewaysFilters,
      TopFieldCollectorManager topManager)
      throws IOException {
    this.matches = new FixedBitSet[searcher.getIndexReader().leaves().size()];
    Map<Dim, FixedBitSet[]> sidewaysBits = new EnumMap<>(Dim.class);
    for (var e : sidewaysFilters.entrySet()) {
      sidewaysBits.put(e.getKey(), searcher.filterBits(e.getValue()));
      sideways.put(e.getKey(), new FixedBitSet[matches.length]);
    }
    FixedBitSet[] passing = sidewaysBits.isEmpty() ? null : searcher.filterBits(filters);
    this.list = null;
    this.top = searcher.search(query, pages(topManager, sidewaysBits, passing));
  }

  private MatchSets(FixedBitSet[] matches, TopDocs top, ListFilters list) {
    this.matches = matches;
    this.top = top;
    this.list = list;
  }

  /**
   * A list without words and without a point, without a pass over the index: the match set and each
   * sideways set are the filters' own sets ({@link GroupSearcher#filterBits}, which leave deleted
   * documents out, as the pass does), and the page is the first {@code window} matches in the
   * list's order. Every filter is stricter than the loosest one, so these are the sets the pass
   * would fill, and the order is the pass's sort ({@link ListOrder}): the same answer, without
   * taking every published group through a sorted collector one by one. Its counts are its filters'
   * counts, kept per reader ({@link GroupSearcher#filterCounts}).
   */
  static MatchSets ofFilters(
      GroupSearcher searcher,
      Query filters,
      Map<Dim, Query> sidewaysFilters,
      ListOrder order,
      int window) {
    FixedBitSet[] matches = searcher.filterBits(filters);
    long total = 0;
    for (FixedBitSet leaf : matches) {
      total += leaf.cardinality();
    }
    int[] first = order.first(matches, window);
    ScoreDoc[] page = new ScoreDoc[first.length];
    for (int i = 0; i < first.length; i++) {
      page[i] = new ScoreDoc(first[i], Float.NaN);
    }
    return new MatchSets(
        matches,
        new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page),
        new ListFilters(searcher, filters, sidewaysFilters));
  }

  /** The page's top documents, in the search's sort. */
  TopDocs top() {
    return top;
  }

  /** The documents that pass every filter, per leaf. */
  FixedBitSet[] matches() {
    return matches;
  }

  /** Whether the search filters on {@code dim}: its counts then come from its sideways set. */
  boolean hasSideways(Dim dim) {
    return list != null ? list.sideways().containsKey(dim) : sideways.containsKey(dim);
  }

  /**
   * Counts per facet ordinal: of the matches ({@code dim} null, every dimension), or of {@code
   * dim}'s sideways set (the matches without its own filter) in its facet dimension. Shared by
   * every search of a list on this reader: the counts must not be changed.
   */
  int[] counts(FacetOrdinals ordinals, Dim dim) {
    String counted = dim == null ? null : FacetCounts.dimension(dim);
    if (list != null) {
      Query filter = dim == null ? list.filters() : list.sideways().get(dim);
      return list.searcher().filterCounts(filter, counted);
    }
    return ordinals.count(dim == null ? matches : sideways.get(dim), counted);
  }

  /**
   * @param passing per leaf, the documents that pass every filter; null when the pass runs with
   *     every filter already
   */
  private CollectorManager<Collector, TopDocs> pages(
      TopFieldCollectorManager topManager,
      Map<Dim, FixedBitSet[]> sidewaysBits,
      FixedBitSet[] passing) {
    return new CollectorManager<>() {
      private final List<TopFieldCollector> tops = new ArrayList<>();

      @Override
      public Collector newCollector() throws IOException {
        TopFieldCollector collector = topManager.newCollector();
        tops.add(collector);
        return new Sets(collector, sidewaysBits, passing);
      }

      @Override
      public TopDocs reduce(Collection<Collector> collectors) throws IOException {
        return topManager.reduce(tops);
      }
    };
  }

  /**
   * Puts each document of the pass into the sideways sets whose filters it passes, and one that
   * passes every filter into the match set and hands it to the page.
   */
  private final class Sets implements Collector {
    private final TopFieldCollector page;
    private final Map<Dim, FixedBitSet[]> sidewaysBits;
    private final FixedBitSet[] passing;

    Sets(TopFieldCollector page, Map<Dim, FixedBitSet[]> sidewaysBits, FixedBitSet[] passing) {
      this.page = page;
      this.sidewaysBits = sidewaysBits;
      this.passing = passing;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      int maxDoc = ctx.reader().maxDoc();
      FixedBitSet matched = new FixedBitSet(maxDoc);
      matches[ctx.ord] = matched;
      FixedBitSet passes = passing == null ? null : passing[ctx.ord];
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
      LeafCollector pageLeaf = page.getLeafCollector(ctx);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          pageLeaf.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          for (int d = 0; d < n; d++) {
            if (from[d].get(doc)) {
              into[d].set(doc);
            }
          }
          if (passes == null || passes.get(doc)) {
            matched.set(doc);
            pageLeaf.collect(doc);
          }
        }

        @Override
        public DocIdSetIterator competitiveIterator() {
          return null; // every match is needed for the counts, not only competitive ones
        }

        @Override
        public void finish() throws IOException {
          pageLeaf.finish();
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return page.scoreMode();
    }
  }
}
