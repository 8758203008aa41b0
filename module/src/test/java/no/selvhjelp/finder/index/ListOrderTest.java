package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import no.selvhjelp.finder.shaded.lucene.analysis.icu.ICUCollationDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.NumericDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.NoMergePolicy;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.BooleanClause;
import no.selvhjelp.finder.shaded.lucene.search.BooleanQuery;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.MatchAllDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.Sort;
import no.selvhjelp.finder.shaded.lucene.search.SortField;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * A list's first page from its match bits and the reader's list order is the page Lucene's sorted
 * search gives on the same keys (section, availability, title, document): on several segments, with
 * deleted documents, missing values, ties, dense and sparse match sets, every combination of keys,
 * and pages from one document to more than there are matches.
 */
class ListOrderTest {
  private static final List<String> TITLES = List.of("angst", "Angst", "sorg", "Ålesund", "Zebra");

  @Test
  void firstPageIsLuceneSortedSearchsPageForEveryKeyCombination() throws Exception {
    Collator collator = Collator.getInstance(new ULocale("nb"));
    collator.setStrength(Collator.PRIMARY);
    collator.freeze();
    Random random = new Random(11);
    try (var dir = new ByteBuffersDirectory();
        var writer =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      int id = 0;
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 60; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", "" + id++, Field.Store.NO));
          doc.add(new StringField("few", random.nextInt(8) == 0 ? "yes" : "no", Field.Store.NO));
          if (random.nextInt(6) > 0) {
            doc.add(new NumericDocValuesField(LuceneSchema.SECTION, random.nextInt(2)));
          }
          if (random.nextInt(6) > 0) {
            doc.add(new NumericDocValuesField(LuceneSchema.AVAILABILITY, random.nextInt(3)));
          }
          if (random.nextInt(10) > 0) {
            var title = new ICUCollationDocValuesField(LuceneSchema.TITLE_SORT, collator);
            title.setStringValue(TITLES.get(random.nextInt(TITLES.size())));
            doc.add(title);
          }
          writer.addDocument(doc);
        }
        writer.commit();
      }
      writer.deleteDocuments(new Term("id", "3"), new Term("id", "64"), new Term("id", "170"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        TitleOrder titles = new TitleOrder(reader);
        List<Query> queries =
            List.of(
                new MatchAllDocsQuery(),
                new TermQuery(new Term("few", "yes")),
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("few", "no")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term("id", "7")), BooleanClause.Occur.MUST_NOT)
                    .build());
        for (boolean bySection : new boolean[] {false, true}) {
          for (boolean byAvailability : new boolean[] {false, true}) {
            ListOrder order = ListOrder.of(reader, titles, bySection, byAvailability);
            Sort sort = sort(bySection, byAvailability, titles);
            for (Query query : queries) {
              FixedBitSet[] matches = matches(reader, searcher, query);
              for (int n : new int[] {1, 10, 25, 400}) {
                List<Integer> expected =
                    Arrays.stream(searcher.search(query, n, sort).scoreDocs)
                        .map(h -> h.doc)
                        .toList();
                assertThat(Arrays.stream(order.first(matches, n)).boxed().toList())
                    .as("section %s, availability %s, %s, %d", bySection, byAvailability, query, n)
                    .isEqualTo(expected);
              }
            }
          }
        }
      }
    }
  }

  private static Sort sort(boolean bySection, boolean byAvailability, TitleOrder titles) {
    List<SortField> keys = new ArrayList<>();
    if (bySection) {
      SortField section = new SortField(LuceneSchema.SECTION, SortField.Type.LONG);
      section.setMissingValue(0L);
      keys.add(section);
    }
    if (byAvailability) {
      SortField availability = new SortField(LuceneSchema.AVAILABILITY, SortField.Type.LONG);
      availability.setMissingValue(0L);
      keys.add(availability);
    }
    keys.add(titles.sortField());
    return new Sort(keys.toArray(SortField[]::new));
  }

  /** The query's live matches per leaf, as a search's match set holds them. */
  private static FixedBitSet[] matches(DirectoryReader reader, IndexSearcher searcher, Query query)
      throws Exception {
    FixedBitSet[] sets = new FixedBitSet[reader.leaves().size()];
    for (var ctx : reader.leaves()) {
      sets[ctx.ord] = new FixedBitSet(ctx.reader().maxDoc());
    }
    for (var hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
      int leaf =
          no.selvhjelp.finder.shaded.lucene.index.ReaderUtil.subIndex(hit.doc, reader.leaves());
      var ctx = reader.leaves().get(leaf);
      sets[ctx.ord].set(hit.doc - ctx.docBase);
    }
    return sets;
  }
}
