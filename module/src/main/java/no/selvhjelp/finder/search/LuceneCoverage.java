package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.CoverageService;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.index.GroupIndex;
import no.selvhjelp.finder.index.GroupSearcher;

/**
 * Coverage from the search index: the groups are selected by the same filters a search uses ({@link
 * FilterBuilder}), so the map shows what visitors can find. Answers are kept per index reader like
 * search results (see {@link ResultCache}): district offices and the coverage page ask the same few
 * questions, and any change to the groups empties the cache.
 */
public final class LuceneCoverage implements CoverageService {
  /** A few dozen filter combinations are asked in practice; each answer is some 60 KB. */
  public static final int DEFAULT_CACHE = 64;

  private final GroupIndex index;
  private final CoverageCalculator calculator;
  private final ResultCache<CoverageQuery, Coverage> cache;

  /**
   * @param cacheSize answers kept for repeated questions on an unchanged index; 0 turns caching off
   */
  public LuceneCoverage(GroupIndex index, ReferenceData ref, int cacheSize) {
    this.index = index;
    this.calculator = new CoverageCalculator(ref);
    this.cache = new ResultCache<>(cacheSize);
  }

  @Override
  public Coverage coverage(CoverageQuery query) {
    try (var lease = index.lease()) {
      GroupSearcher searcher = lease.searcher();
      var helper = searcher.getIndexReader().getReaderCacheHelper();
      return cache.get(
          helper == null ? null : helper.getKey(), query, () -> compute(searcher, query));
    } catch (IOException e) {
      throw new UncheckedIOException("Coverage failed", e);
    }
  }

  private Coverage compute(GroupSearcher searcher, CoverageQuery query) {
    try {
      return calculator.report(
          query, CoverageGroups.matching(searcher, FilterBuilder.filters(query.asSearch())));
    } catch (IOException e) {
      throw new UncheckedIOException("Coverage failed", e);
    }
  }
}
