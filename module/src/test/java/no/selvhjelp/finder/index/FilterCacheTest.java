package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.document.TextField;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause.Occur;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.Sort;
import no.selvhjelp.finder.shaded.lucene.search.TermInSetQuery;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A filter that comes back is remembered even in a segment far below Lucene's default 10,000
 * documents, and answers as before; a query with words is never remembered. A search's filters are
 * read into bit sets once per reader.
 */
class FilterCacheTest {
  private static final Query KOMMUNE_AND_THEME =
      new BooleanQuery.Builder()
          .add(new TermQuery(new Term(LuceneSchema.PUBLISHED, "true")), Occur.FILTER)
          .add(
              new TermInSetQuery(LuceneSchema.KOMMUNE, List.of(new BytesRef("5001"))), Occur.FILTER)
          .add(new TermInSetQuery(LuceneSchema.THEME, List.of(new BytesRef("sorg"))), Occur.FILTER)
          .build();

  private ByteBuffersDirectory dir;
  private DirectoryReader reader;
  private FilterCache filters;
  private GroupSearcher searcher;

  @BeforeEach
  void index() throws Exception {
    dir = new ByteBuffersDirectory();
    try (var writer = new IndexWriter(dir, new IndexWriterConfig())) {
      index(writer);
    }
    reader = DirectoryReader.open(dir);
    filters = new FilterCache();
    searcher = new GroupSearcher(reader, new FacetsConfig(), filters);
  }

  @AfterEach
  void close() throws Exception {
    reader.close();
    dir.close();
  }

  @Test
  void aRepeatedFilterIsRememberedInASmallSegmentAndCountsTheSame() throws Exception {
    for (int i = 0; i < 8; i++) {
      assertThat(matches(searcher, KOMMUNE_AND_THEME)).isEqualTo(10);
    }
    assertThat(filters.cache().getCacheCount()).isPositive();
    assertThat(filters.cache().getHitCount()).isPositive();
  }

  @Test
  void aQueryWithWordsIsNeverRemembered() throws Exception {
    Query words =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("description_no", "sorg")), Occur.MUST)
            // Lucene never caches a lone term query, but would cache this whole query.
            .add(new TermQuery(new Term(LuceneSchema.PUBLISHED, "true")), Occur.FILTER)
            .build();
    assertThat(FilterCache.onlyFilterFields(KOMMUNE_AND_THEME)).isTrue();
    assertThat(FilterCache.onlyFilterFields(words)).isFalse();
    for (int i = 0; i < 8; i++) {
      // Without scores, as the drill-sideways pass runs the words: a candidate for the cache.
      assertThat(matches(searcher, words)).isEqualTo(100);
    }
    assertThat(filters.cache().getCacheCount()).isZero();
  }

  @Test
  void aFiltersDocumentsAreReadOncePerReaderEvenALoneTermLuceneNeverCaches() throws Exception {
    Query published = new TermQuery(new Term(LuceneSchema.PUBLISHED, "true"));
    FixedBitSet[] all = searcher.filterBits(published);
    FixedBitSet[] both = searcher.filterBits(KOMMUNE_AND_THEME);
    assertThat(all[0].cardinality()).isEqualTo(100);
    assertThat(both[0].cardinality()).isEqualTo(10);
    for (int doc = 0; doc < 100; doc++) {
      assertThat(both[0].get(doc)).isEqualTo(doc % 10 == 0);
    }
    assertThat(searcher.filterBits(new TermQuery(new Term(LuceneSchema.PUBLISHED, "true"))))
        .isSameAs(all);
    assertThat(searcher.filterBits(KOMMUNE_AND_THEME)).isSameAs(both);
    // Another reader (after a refresh) reads them again, from its own documents.
    var next = new GroupSearcher(reader, new FacetsConfig(), filters);
    assertThat(next.filterBits(published)).isNotSameAs(all);
    assertThat(next.filterBits(published)[0].cardinality()).isEqualTo(100);
  }

  /** Every match, without scores, as the drill-sideways pass finds them (a count may shortcut). */
  private static long matches(GroupSearcher searcher, Query query) throws Exception {
    return searcher.search(query, 1_000, Sort.INDEXORDER).totalHits.value;
  }

  /** 100 groups: a fifth in kommune 5001, every other one on sorrow (ten both), all described. */
  private static void index(IndexWriter writer) throws Exception {
    for (int i = 0; i < 100; i++) {
      Document doc = new Document();
      doc.add(new StringField(LuceneSchema.PUBLISHED, "true", Field.Store.NO));
      doc.add(new StringField(LuceneSchema.KOMMUNE, i % 5 == 0 ? "5001" : "4601", Field.Store.NO));
      doc.add(new StringField(LuceneSchema.THEME, i % 2 == 0 ? "sorg" : "angst", Field.Store.NO));
      doc.add(new TextField("description_no", "sorg og savn", Field.Store.NO));
      writer.addDocument(doc);
    }
    writer.commit();
  }
}
