package no.selvhjelp.finder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import no.selvhjelp.finder.shaded.lucene.index.FieldInfos;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.Scorer;
import no.selvhjelp.finder.shaded.lucene.search.SearcherFactory;
import no.selvhjelp.finder.shaded.lucene.search.Weight;
import no.selvhjelp.finder.shaded.lucene.util.Bits;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader and every document's facet
 * ordinals ({@link FacetOrdinals}) and title order ({@link TitleOrder}). Building them costs a pass
 * over the doc values, so they are built once per refreshed reader, not once per search. Likewise
 * what query building learns of the reader's terms ({@link ReaderTerms}), and what earlier text
 * searches scored ({@link ReaderScores}).
 */
public final class GroupSearcher extends IndexSearcher {
  private static final int SHOWN_CAPACITY = 4_096;

  /** A known word's query is some dozens of term queries: a few MB at most. */
  private static final int QUERY_PARTS_CAPACITY = 2_048;

  /** A bit per document each: 320 KB at 10,000 groups, 3 MB at 100,000. */
  private static final int FILTER_BITS_CAPACITY = 256;

  private final SortedSetDocValuesReaderState facetState;
  private final FacetOrdinals facetOrdinals;
  private final TitleOrder titleOrder;

  /** By section, by availability: the four orders of a list without words, built when asked. */
  private final ListOrder[] listOrders = new ListOrder[4];

  private final ReaderTerms terms;
  private final FieldInfos fieldInfos;
  private final ReaderScores scores = new ReaderScores(ReaderScores.DEFAULT_BUDGET);

  /**
   * Hits' stored fields, as a search shows them. Decompressing a document's block cost about a
   * tenth of a search at 10,000 groups (issue 13), and the same groups come back on many first
   * pages; a few thousand documents of a few KB each.
   */
  private final BoundedMemo<Integer, Document> shown;

  /** Query parts built from this reader's terms, by what they were built from. */
  private final BoundedMemo<Object, Query> queryParts =
      new BoundedMemo<>(
          QUERY_PARTS_CAPACITY,
          key -> {
            throw new IllegalStateException("A query part is built by the one who asks for it");
          });

  /**
   * The documents each filter lets through, per leaf. A filtered search reads its filters into bit
   * sets (see {@code MatchSets}); Lucene's query cache never keeps a single term's documents (the
   * "published" filter, which every sideways set of a one-filter search is), so every such search
   * decoded 10,000 postings one document at a time: 17% of a search at 10,000 groups (issue 13).
   */
  private final BoundedMemo<Query, FixedBitSet[]> filterBits =
      new BoundedMemo<>(FILTER_BITS_CAPACITY, this::readFilterBits);

  /** A filter's facet counts in one dimension, or in all of them ({@code dim} null). */
  private record FilterCount(Query filter, String dim) {}

  /**
   * The facet counts of filters' sets. A list without words counts the same sets search after
   * search (a kommune's widget, a chosen theme): counting them over every match was some 40% of
   * such a search (issue 13). An array of some hundred ints each.
   */
  private final BoundedMemo<FilterCount, int[]> filterCounts =
      new BoundedMemo<>(FILTER_BITS_CAPACITY, this::countFilter);

  GroupSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    // A search's filters come from filterBits (see FilterDocs); Lucene's query cache, a map behind
    // one lock for every search, would only add waits.
    setQueryCache(null);
    this.shown = new BoundedMemo<>(SHOWN_CAPACITY, this::readShown);
    this.terms = new ReaderTerms(reader);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    this.facetState =
        hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.facetOrdinals = facetState == null ? null : new FacetOrdinals(reader, facetState);
    this.titleOrder = new TitleOrder(reader);
  }

  private static boolean hasFacets(IndexReader reader) {
    for (var leaf : reader.leaves()) {
      var info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (info != null
          && info.getDocValuesType()
              == no.selvhjelp.finder.shaded.lucene.index.DocValuesType.SORTED_SET) {
        return true;
      }
    }
    return false;
  }

  /** Null while the index holds no document at all: there is nothing to count. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Null while the index holds no document at all, like {@link #facetState()}. */
  public FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }

  /** Every document's place in title order, the tie-break of every result list. */
  public TitleOrder titleOrder() {
    return titleOrder;
  }

  /**
   * The order of a result list without words and without a point ({@link ListOrder}), built the
   * first time a search asks for it on this reader.
   */
  public ListOrder listOrder(boolean bySection, boolean byAvailability) {
    int key = (bySection ? 2 : 0) + (byAvailability ? 1 : 0);
    ListOrder order = listOrders[key];
    if (order == null) {
      // Two searches may build the same order at once: the same order either way, and its final
      // fields make it safe to read from a slot written without a lock.
      try {
        order = ListOrder.of(getIndexReader(), titleOrder, bySection, byAvailability);
      } catch (IOException e) {
        throw new UncheckedIOException("Reading the list order failed", e);
      }
      listOrders[key] = order;
    }
    return order;
  }

  /** What this reader's terms dictionary answered before, for building queries. */
  public ReaderTerms terms() {
    return terms;
  }

  /**
   * The fields of all this reader's segments, merged once: the highlighter merged them again for
   * every page (about a tenth of what a text search allocated, issue 13).
   */
  public FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /**
   * A document's stored fields that a hit shows ({@link LuceneSchema#SHOWN}), read once per reader
   * (the document must not be deleted in this reader, as for any hit of its searches).
   */
  public Document shown(int doc) {
    return shown.get(doc);
  }

  private Document readShown(int doc) {
    try {
      return storedFields().document(doc, LuceneSchema.SHOWN);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a hit failed", e);
    }
  }

  /**
   * A part of a query that depends on its key and this reader alone, built by {@code build} the
   * first time it is asked for and kept for the reader's lifetime (bounded as {@link BoundedMemo}
   * is). The part must be immutable, as Lucene's queries are: searches on other threads share it.
   */
  public Query queryPart(Object key, Function<Object, Query> build) {
    return queryParts.get(key, build);
  }

  /**
   * Per leaf (by {@code LeafReaderContext.ord}), the documents that pass {@code filter}, deleted
   * ones left out, so that a set is a search's matches as it is. Read once per reader and shared by
   * every search that asks: the sets must not be changed.
   */
  public FixedBitSet[] filterBits(Query filter) {
    return filterBits.get(filter);
  }

  /**
   * What {@link FacetOrdinals#count(FixedBitSet[], String)} gives for {@link #filterBits} of {@code
   * filter}, counted once per reader and shared by every search that asks: the counts must not be
   * changed. Only while the index holds documents ({@link #facetOrdinals()} not null).
   *
   * @param dim the dimension to count; null for every dimension
   */
  public int[] filterCounts(Query filter, String dim) {
    return filterCounts.get(new FilterCount(filter, dim));
  }

  /**
   * A query that lets through what {@code filter} does, read from {@link #filterBits} instead of
   * the index: for this searcher's searches only.
   */
  public Query filter(Query filter) {
    return new FilterDocs(filter, filterBits(filter), getIndexReader());
  }

  private int[] countFilter(FilterCount key) {
    return facetOrdinals.count(filterBits(key.filter()), key.dim());
  }

  private FixedBitSet[] readFilterBits(Query filter) {
    try {
      Weight weight = createWeight(rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<LeafReaderContext> leaves = getIndexReader().leaves();
      FixedBitSet[] bits = new FixedBitSet[leaves.size()];
      for (LeafReaderContext ctx : leaves) {
        FixedBitSet set = new FixedBitSet(ctx.reader().maxDoc());
        Scorer scorer = weight.scorer(ctx);
        if (scorer != null) {
          set.or(scorer.iterator());
        }
        Bits live = ctx.reader().getLiveDocs();
        for (int doc = 0; live != null && doc < set.length(); doc++) {
          if (!live.get(doc)) {
            set.clear(doc);
          }
        }
        bits[ctx.ord] = set;
      }
      return bits;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading a filter failed", e);
    }
  }

  /** What text searches on this reader scored before, per part of their query. */
  public ReaderScores scores() {
    return scores;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new GroupSearcher(reader, config);
      }
    };
  }
}
