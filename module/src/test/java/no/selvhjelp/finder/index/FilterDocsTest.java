package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
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
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
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
 * A search's filters are read into bit sets once per reader and answered from them, as the filters
 * themselves would answer, without Lucene's query cache (one lock for every search).
 */
class FilterDocsTest {
  private static final Query PUBLISHED = new TermQuery(new Term(LuceneSchema.PUBLISHED, "true"));
  private static final Query KOMMUNE_AND_THEME =
      new BooleanQuery.Builder()
          .add(PUBLISHED, Occur.FILTER)
          .add(
              new TermInSetQuery(LuceneSchema.KOMMUNE, List.of(new BytesRef("5001"))), Occur.FILTER)
          .add(new TermInSetQuery(LuceneSchema.THEME, List.of(new BytesRef("sorg"))), Occur.FILTER)
          .build();

  private ByteBuffersDirectory dir;
  private IndexWriter writer;
  private DirectoryReader reader;
  private GroupSearcher searcher;

  @BeforeEach
  void index() throws Exception {
    dir = new ByteBuffersDirectory();
    writer = new IndexWriter(dir, new IndexWriterConfig());
    index(writer, 0, 0);
    writer.commit();
    index(writer, 100, 1); // a second segment, with another kommune pattern
    reader = DirectoryReader.open(writer);
    searcher = new GroupSearcher(reader, new FacetsConfig());
  }

  @AfterEach
  void close() throws Exception {
    reader.close();
    writer.close();
    dir.close();
  }

  @Test
  void aFiltersDocumentsAreReadOncePerReaderEvenALoneTermLuceneNeverCaches() throws Exception {
    FixedBitSet[] all = searcher.filterBits(PUBLISHED);
    FixedBitSet[] both = searcher.filterBits(KOMMUNE_AND_THEME);
    assertThat(Arrays.stream(all).mapToInt(FixedBitSet::cardinality).sum()).isEqualTo(200);
    for (int doc = 0; doc < 100; doc++) {
      assertThat(both[0].get(doc)).isEqualTo(doc % 10 == 0);
      assertThat(both[1].get(doc)).isEqualTo(doc % 10 == 4);
    }
    assertThat(searcher.filterBits(new TermQuery(new Term(LuceneSchema.PUBLISHED, "true"))))
        .isSameAs(all);
    assertThat(searcher.filterBits(KOMMUNE_AND_THEME)).isSameAs(both);
    // Another reader (after a refresh) reads them again, from its own documents.
    var next = new GroupSearcher(reader, new FacetsConfig());
    assertThat(next.filterBits(PUBLISHED)).isNotSameAs(all);
    assertThat(next.filterBits(PUBLISHED)[1].cardinality()).isEqualTo(100);
  }

  @Test
  void aFilterAnsweredFromItsDocumentsFindsWhatTheFilterFindsAndNoDeletedGroup() throws Exception {
    writer.deleteDocuments(new Term("id", "0"), new Term("id", "114"), new Term("id", "154"));
    reader.close();
    reader = DirectoryReader.open(writer);
    searcher = new GroupSearcher(reader, new FacetsConfig());
    for (Query filter : List.of(PUBLISHED, KOMMUNE_AND_THEME)) {
      Query words = new TermQuery(new Term("description_no", "savn"));
      int[] expected = docs(withFilter(words, filter));
      assertThat(docs(withFilter(words, searcher.filter(filter)))).containsExactly(expected);
      assertThat(docs(searcher.filter(filter))).containsExactly(docs(filter));
    }
    // Ten in each segment (0, 10... and 104, 114...), the three deleted ones left out.
    assertThat(docs(searcher.filter(KOMMUNE_AND_THEME)))
        .hasSize(17)
        .contains(10, 104, 194)
        .doesNotContain(0, 114, 154, 100, 110);
  }

  @Test
  void noSearchWaitsOnLucenesSharedQueryCache() {
    assertThat(searcher.getQueryCache()).isNull();
  }

  @Test
  void aFiltersDocumentsServeOnlyTheReaderTheyWereReadFrom() throws Exception {
    Query filter = searcher.filter(PUBLISHED);
    writer.deleteDocuments(new Term("id", "3"));
    try (var later = DirectoryReader.open(writer)) {
      var other = new GroupSearcher(later, new FacetsConfig());
      assertThatThrownBy(() -> other.search(filter, 10)).isInstanceOf(IllegalStateException.class);
    }
  }

  private static Query withFilter(Query words, Query filter) {
    return new BooleanQuery.Builder().add(words, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /** Every match in index order, as a search's pass finds them. */
  private int[] docs(Query query) throws Exception {
    ScoreDoc[] hits = searcher.search(query, 1_000, Sort.INDEXORDER).scoreDocs;
    return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
  }

  /**
   * 100 groups from {@code first} on: a fifth in kommune 5001 (those whose place in the segment
   * plus {@code shift} divides by five), every other one on sorrow, all described.
   */
  private static void index(IndexWriter writer, int first, int shift) throws Exception {
    for (int i = 0; i < 100; i++) {
      Document doc = new Document();
      doc.add(new StringField("id", Integer.toString(first + i), Field.Store.NO));
      doc.add(new StringField(LuceneSchema.PUBLISHED, "true", Field.Store.NO));
      doc.add(
          new StringField(
              LuceneSchema.KOMMUNE, (i + shift) % 5 == 0 ? "5001" : "4601", Field.Store.NO));
      doc.add(new StringField(LuceneSchema.THEME, i % 2 == 0 ? "sorg" : "angst", Field.Store.NO));
      doc.add(new TextField("description_no", "sorg og savn", Field.Store.NO));
      writer.addDocument(doc);
    }
  }
}
