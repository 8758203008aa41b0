package no.selvhjelp.finder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.api.Suggestion;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.index.FacetOrdinals;
import no.selvhjelp.finder.index.GroupIndex;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.index.TitleOrder;
import no.selvhjelp.finder.search.FilterBuilder.Dim;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.LatLonDocValuesField;
import no.selvhjelp.finder.shaded.lucene.queries.function.FunctionScoreQuery;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.FieldDoc;
import no.selvhjelp.finder.shaded.lucene.search.MatchAllDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
import no.selvhjelp.finder.shaded.lucene.search.Sort;
import no.selvhjelp.finder.shaded.lucene.search.SortField;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldCollectorManager;
import no.selvhjelp.finder.shaded.lucene.util.SloppyMath;

/**
 * The read API's search on Lucene: BM25 over the text fields, filters, facets counted drill
 * sideways (a selected dimension still shows its alternatives), distance, highlight. Every call
 * leases one searcher and returns it, so a concurrent refresh or rebuild never changes the ground
 * under one request.
 */
public final class LuceneGroupSearch implements GroupSearch {
  /** Deeper than this, paging stops: nobody reads result 10,001, and collecting it costs. */
  public static final int MAX_WINDOW = 10_000;

  /** About 15 MB at most: a cached answer with all its facets is some 15 KB of objects. */
  public static final int DEFAULT_CACHE = 1_000;

  private final GroupIndex index;
  private final ReferenceData ref;
  private final TextQueryBuilder text;
  private final Highlights highlights;
  private final GroupSuggester suggester;
  private final ResultCache<GroupQuery, SearchResult> cache;

  /** Caches up to {@link #DEFAULT_CACHE} answers (see {@link ResultCache}). */
  public LuceneGroupSearch(GroupIndex index, ReferenceData ref, GroupSuggester suggester) {
    this(index, ref, suggester, DEFAULT_CACHE);
  }

  /**
   * @param cacheSize answers kept for repeated queries on an unchanged index; 0 turns caching off
   */
  public LuceneGroupSearch(
      GroupIndex index, ReferenceData ref, GroupSuggester suggester, int cacheSize) {
    this.cache = new ResultCache<>(cacheSize);
    this.index = index;
    this.ref = ref;
    this.text = new TextQueryBuilder(index.analysis(), ref);
    this.highlights = new Highlights(index.analysis().indexAnalyzer());
    this.suggester = suggester;
  }

  @Override
  public SearchResult search(GroupQuery q) {
    try (var lease = index.lease()) {
      GroupSearcher searcher = lease.searcher();
      var helper = searcher.getIndexReader().getReaderCacheHelper();
      return cache.get(helper == null ? null : helper.getKey(), q, () -> search(searcher, q));
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, String lang, int max) {
    return suggester.suggest(prefix, lang, max);
  }

  private SearchResult search(GroupSearcher searcher, GroupQuery q) {
    try {
      return compute(searcher, q);
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  private SearchResult compute(GroupSearcher searcher, GroupQuery q) throws IOException {
    Query words = q.hasText() ? text.build(q.text(), searcher) : null;
    Query textQuery =
        words == null || q.themes().isEmpty()
            ? words
            : text.withChosenThemes(words, q.themes(), searcher);
    Set<Dim> filtered = FilterBuilder.filtered(q);
    Query filters = FilterBuilder.filters(q);
    Map<Dim, Query> sidewaysFilters = new EnumMap<>(Dim.class);
    for (Dim dim : filtered) {
      sidewaysFilters.put(dim, FilterBuilder.filters(q, EnumSet.of(dim)));
    }
    int window = Math.min(q.offset() + q.size(), MAX_WINDOW);
    SectionRank sections =
        q.splitsByDistance() ? new SectionRank(q.near(), GroupQuery.NEARBY_KM) : null;
    // A list without words and without a point is sorted by what each document holds alone: its
    // page and sets come from the reader's bit sets and list order, without a pass (MatchSets).
    MatchSets sets =
        textQuery == null && q.near() == null && q.sort() != GroupQuery.Sort.DISTANCE
            ? MatchSets.ofFilters(
                searcher,
                filters,
                sidewaysFilters,
                searcher.listOrder(q.hasPlace(), q.sort() != GroupQuery.Sort.TITLE),
                window)
            : pass(searcher, q, textQuery, filtered, filters, sidewaysFilters, window, sections);
    TopDocs top = sets.top();

    ScoreDoc[] page =
        q.offset() >= top.scoreDocs.length
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(
                top.scoreDocs, q.offset(), Math.min(top.scoreDocs.length, q.offset() + q.size()));
    // Each hit's stored fields read once, for the hit and for its highlight.
    Document[] stored = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      stored[i] = searcher.shown(page[i].doc);
    }
    String[] snippets =
        textQuery == null
            ? null
            : highlights.snippets(searcher, text.highlightQuery(q.text()), page, stored);
    List<GroupHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(
          hit(
              stored[i],
              q,
              snippets == null ? null : snippets[i],
              sections == null ? null : (Double) ((FieldDoc) page[i]).fields[0]));
    }
    FacetOrdinals ordinals = searcher.facetOrdinals();
    int[] matchedCounts = ordinals == null ? null : sets.counts(ordinals, null);
    Map<String, List<FacetValue>> facets =
        FacetCounts.lists(
            ordinals, dim -> sets.hasSideways(dim) ? sets.counts(ordinals, dim) : matchedCounts);
    long total = top.totalHits.value;
    if (!q.hasPlace()) {
      return new SearchResult(total, q.page(), q.size(), hits, facets);
    }
    long digital = FacetCounts.count(ordinals, matchedCounts, LuceneSchema.FORMAT, "digital");
    long farther = sections == null ? 0 : sections.countFarther(searcher, sets.matches());
    return new SearchResult(
        total, q.page(), q.size(), hits, facets, total - digital - farther, digital, farther);
  }

  /**
   * The one pass over the index (see MatchSets): without facet filters, the query with every filter
   * fills the page and the matches; with them, the words with the loosest filter fill the page, the
   * matches and each dimension's drill-sideways set.
   */
  private static MatchSets pass(
      GroupSearcher searcher,
      GroupQuery q,
      Query textQuery,
      Set<Dim> filtered,
      Query filters,
      Map<Dim, Query> sidewaysFilters,
      int window,
      SectionRank sections)
      throws IOException {
    Query loosest = filtered.isEmpty() ? filters : FilterBuilder.filters(q, filtered);
    // A filter's documents are read whole once per reader and kept (GroupSearcher.filter). One
    // around a visitor's own point seldom comes back: reading it whole would cost more than letting
    // the words lead, and would push the filters that do come back out of the searcher's memory.
    Query query =
        combine(textQuery, FilterBuilder.aroundOwnPoint(q) ? loosest : searcher.filter(loosest));
    if (textQuery != null && q.near() != null && q.sort() == GroupQuery.Sort.RELEVANCE) {
      // Words and a place: the nearer of two equally good matches first (see DistanceDecay).
      query = FunctionScoreQuery.boostByValue(query, new DistanceDecay(q.near()));
    }
    var topDocsManager =
        new TopFieldCollectorManager(
            sort(q, textQuery != null, sections, searcher.titleOrder()),
            Math.max(window, 1),
            null,
            Integer.MAX_VALUE);
    return new MatchSets(searcher, query, filters, sidewaysFilters, topDocsManager);
  }

  private static Query combine(Query textQuery, Query filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textQuery != null ? textQuery : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    b.add(filters, BooleanClause.Occur.FILTER);
    return b.build();
  }

  /**
   * With a place, the section key comes first, whatever the sort: the groups that meet there, then
   * the digital ones, then (for a point without a radius) those that meet farther away. By
   * relevance without words, a place means "nearest first" (distance), else title.
   */
  private static Sort sort(GroupQuery q, boolean hasText, SectionRank sections, TitleOrder titles) {
    List<SortField> keys = new ArrayList<>(4);
    if (sections != null) {
      keys.add(sections.getSortField(false));
    } else if (q.hasPlace()) {
      SortField section = new SortField(LuceneSchema.SECTION, SortField.Type.LONG);
      section.setMissingValue(0L);
      keys.add(section);
    }
    // Without words, within a section, the groups the visitor can join now come first: a full or
    // paused group leading the list is an answer they cannot use. With words, how well a group
    // fits them decides (the judged set grades fit, not status); a title order stays alphabetical.
    if (!hasText && q.sort() != GroupQuery.Sort.TITLE) {
      SortField availability = new SortField(LuceneSchema.AVAILABILITY, SortField.Type.LONG);
      availability.setMissingValue(0L);
      keys.add(availability);
    }
    switch (q.sort()) {
      case TITLE -> {}
      case DISTANCE -> keys.add(distance(q));
      case RELEVANCE -> {
        if (hasText) {
          keys.add(SortField.FIELD_SCORE);
        } else if (q.near() != null) {
          keys.add(distance(q));
        }
      }
    }
    keys.add(titles.sortField());
    return new Sort(keys.toArray(SortField[]::new));
  }

  private static SortField distance(GroupQuery q) {
    return LatLonDocValuesField.newDistanceSort(
        LuceneSchema.GEO_DV, q.near().lat(), q.near().lon());
  }

  /**
   * @param sectionRank the hit's {@link SectionRank} sort value, or null when the sections do not
   *     depend on distance
   */
  private GroupHit hit(Document d, GroupQuery q, String highlight, Double sectionRank) {
    Double distance = null;
    if (q.near() != null && d.getField(LuceneSchema.LAT) != null) {
      double lat = d.getField(LuceneSchema.LAT).numericValue().doubleValue();
      double lon = d.getField(LuceneSchema.LON).numericValue().doubleValue();
      distance =
          Math.round(SloppyMath.haversinMeters(q.near().lat(), q.near().lon(), lat, lon) / 100.0)
              / 10.0;
    }
    String kommunenummer = d.get(LuceneSchema.KOMMUNE);
    return new GroupHit(
        d.get(LuceneSchema.ID),
        d.get(LuceneSchema.TITLE_STORED),
        d.get(LuceneSchema.SUMMARY_STORED),
        List.of(d.getValues(LuceneSchema.THEME)),
        List.of(d.getValues(LuceneSchema.LANGUAGE)),
        d.get(LuceneSchema.FORMAT),
        kommunenummer,
        ref.displayName(kommunenummer),
        d.get(LuceneSchema.STATUS),
        distance,
        highlight,
        d.get(LuceneSchema.COURSE_STORED),
        d.get(LuceneSchema.COURSE_BY),
        section(q, d.get(LuceneSchema.FORMAT), sectionRank));
  }

  private static String section(GroupQuery q, String format, Double sectionRank) {
    if (!q.hasPlace()) {
      return null;
    }
    if (sectionRank != null && sectionRank == SectionRank.FARTHER) {
      return GroupHit.FARTHER;
    }
    return "digital".equals(format) ? GroupHit.DIGITAL : GroupHit.LOCAL;
  }
}
