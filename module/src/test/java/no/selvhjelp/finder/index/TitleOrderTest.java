package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import no.selvhjelp.finder.shaded.lucene.analysis.icu.ICUCollationDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.SortedDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.NoMergePolicy;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.MatchAllDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
import no.selvhjelp.finder.shaded.lucene.search.Sort;
import no.selvhjelp.finder.shaded.lucene.search.SortField;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The title order read per reader sorts exactly as Lucene's string sort on the collation keys: on
 * several segments (each with its own ordinals), with deleted documents, equal titles, documents
 * without a title, as the only key and behind another.
 */
class TitleOrderTest {
  private static final List<String> TITLES =
      List.of("Ålesund sorg", "angst", "Angst", "Æ og Ø", "øvre", "Zebra", "sorg", "Sorggruppe");

  @Test
  void sortsAsLuceneStringSortAcrossSegmentsDeletionsTiesAndMissingTitles() throws Exception {
    Collator collator = Collator.getInstance(new ULocale("nb"));
    collator.setStrength(Collator.PRIMARY);
    collator.freeze();
    Random random = new Random(7);
    try (var dir = new ByteBuffersDirectory();
        var writer =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      int id = 0;
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 40; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", "" + id++, Field.Store.NO));
          String half = random.nextBoolean() ? "a" : "b";
          doc.add(new StringField("half", half, Field.Store.NO));
          doc.add(new SortedDocValuesField("half_sort", new BytesRef(half)));
          if (random.nextInt(10) > 0) {
            var title = new ICUCollationDocValuesField(LuceneSchema.TITLE_SORT, collator);
            title.setStringValue(TITLES.get(random.nextInt(TITLES.size())) + random.nextInt(3));
            doc.add(title);
          }
          writer.addDocument(doc);
        }
        writer.commit();
      }
      writer.deleteDocuments(new Term("id", "5"), new Term("id", "47"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        TitleOrder order = new TitleOrder(reader);
        SortField lucene = new SortField(LuceneSchema.TITLE_SORT, SortField.Type.STRING);
        SortField half = new SortField("half_sort", SortField.Type.STRING);
        for (var query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("half", "a")))) {
          for (int n : new int[] {1, 7, 200}) {
            assertThat(docs(searcher, query, n, new Sort(order.sortField())))
                .isEqualTo(docs(searcher, query, n, new Sort(lucene)));
            assertThat(docs(searcher, query, n, new Sort(half, order.sortField())))
                .isEqualTo(docs(searcher, query, n, new Sort(half, lucene)));
          }
        }
        assertThat(docs(searcher, new MatchAllDocsQuery(), 200, new Sort(order.sortField())))
            .hasSize(118);
      }
    }
  }

  private static List<Integer> docs(
      IndexSearcher searcher, no.selvhjelp.finder.shaded.lucene.search.Query q, int n, Sort sort)
      throws Exception {
    ScoreDoc[] hits = searcher.search(q, n, sort).scoreDocs;
    return Arrays.stream(hits).map(h -> h.doc).toList();
  }
}
