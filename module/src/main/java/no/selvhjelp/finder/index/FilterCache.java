package no.selvhjelp.finder.index;

import java.io.IOException;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.LRUQueryCache;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.QueryCachingPolicy;
import no.selvhjelp.finder.shaded.lucene.search.QueryVisitor;
import no.selvhjelp.finder.shaded.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * The documents that a search's filters let through (published, kommune, theme, language...),
 * remembered per segment once a filter has come back a few times, as Lucene's query cache does.
 * Lucene's default cache leaves out every segment of fewer than 10,000 documents, which is every
 * segment of an index our size (a real one holds some 400 groups, the benchmark 10,000 in a few
 * segments): so each filtered search looked up and walked its filter terms' postings again (issue
 * 13). Kommune widgets send the same filters for every visitor, so here every segment is cached;
 * what to cache stays Lucene's usage-tracking choice (a filter seen several times among the last
 * 256), so a one-off filter costs nothing extra.
 *
 * <p>Only filters: a query that touches any other field (the words of a text search, run without
 * scores for the drill-sideways counts) is never cached. Caching one means walking all its
 * documents up front, unled by the filters; measured, it made a repeated text + filter search two
 * to three times slower.
 *
 * <p>One per index generation; a segment's entries go when the segment is closed.
 */
final class FilterCache {
  /** Filters remembered at most, and their memory: a bit per document each, at most. */
  private static final int MAX_FILTERS = 256;

  private static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Lucene's own default: skip caching where the filter is this much costlier than the lead. */
  private static final float SKIP_CACHE_FACTOR = 10f;

  private final LRUQueryCache cache =
      new LRUQueryCache(MAX_FILTERS, MAX_BYTES, leaf -> true, SKIP_CACHE_FACTOR);
  private final QueryCachingPolicy policy = new FiltersOnly(new UsageTrackingQueryCachingPolicy());

  LRUQueryCache cache() {
    return cache;
  }

  QueryCachingPolicy policy() {
    return policy;
  }

  private record FiltersOnly(QueryCachingPolicy usage) implements QueryCachingPolicy {
    @Override
    public void onUse(Query query) {
      if (onlyFilterFields(query)) {
        usage.onUse(query);
      }
    }

    @Override
    public boolean shouldCache(Query query) throws IOException {
      return onlyFilterFields(query) && usage.shouldCache(query);
    }
  }

  /**
   * Whether every field the query reads is one of {@link LuceneSchema#FILTERED}. Asked for every
   * query the search runs without scores, a text search's words included, so the walk stops at the
   * first other field instead of visiting the rest of a query of some hundred terms.
   */
  static boolean onlyFilterFields(Query query) {
    boolean[] other = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (!LuceneSchema.FILTERED.contains(field)) {
              other[0] = true;
            }
            return false; // the field is all we want to know
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return other[0] ? QueryVisitor.EMPTY_VISITOR : this;
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {}
        });
    return !other[0];
  }
}
