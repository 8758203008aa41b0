package no.selvhjelp.finder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.facet.FacetResult;
import no.selvhjelp.finder.shaded.lucene.facet.Facets;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsCollector;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsCollectorManager;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.facet.LabelAndValue;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.NoMergePolicy;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.Scorer;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.search.Weight;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import no.selvhjelp.finder.shaded.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The counts from the per-reader ordinal arrays equal Lucene's own sorted-set facet counts for the
 * same matches, on an index of several segments (each with its own ordinals) and deleted documents,
 * for flat dimensions and both levels of the hierarchical one, all dimensions at once or one alone.
 */
class FacetOrdinalsTest {
  private static final List<String> THEMES =
      List.of("angst", "sorg", "rus", "parorende", "ensomhet");
  private static final List<String> FYLKER = List.of("46", "50", "56");

  @Test
  void countsEqualLuceneOwnFacetCountsAcrossSegmentsAndDeletions() throws Exception {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical("place", true);
    config.setMultiValued("theme", true);
    Random random = new Random(42);
    try (var dir = new ByteBuffersDirectory();
        var writer =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      int id = 0;
      for (int segment = 0; segment < 4; segment++) {
        // Each segment sees a different share of the values, so its ordinals differ.
        for (int i = 0; i < 50 + 20 * segment; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", "" + id++, Field.Store.NO));
          doc.add(new StringField("half", random.nextBoolean() ? "a" : "b", Field.Store.NO));
          for (String theme : THEMES.subList(0, 1 + segment)) {
            if (random.nextInt(3) > 0) {
              doc.add(new SortedSetDocValuesFacetField("theme", theme));
            }
          }
          if (random.nextInt(4) > 0) {
            String fylke = FYLKER.get(random.nextInt(Math.min(FYLKER.size(), segment + 1)));
            doc.add(
                new SortedSetDocValuesFacetField(
                    "place", fylke, fylke + String.format("%02d", random.nextInt(5))));
          }
          doc.add(
              new SortedSetDocValuesFacetField(
                  "format", random.nextBoolean() ? "digital" : "physical"));
          writer.addDocument(config.build(doc));
        }
        writer.commit();
      }
      writer.deleteDocuments(new Term("id", "3"), new Term("id", "77"), new Term("id", "200"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        var state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetOrdinals ordinals = new FacetOrdinals(reader, state);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Query query :
            List.of(new TermQuery(new Term("half", "a")), new TermQuery(new Term("half", "b")))) {
          FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
          Facets lucene = new SortedSetDocValuesFacetCounts(state, fc);
          int[] counts = ordinals.count(bits(searcher, query));
          assertThat(ours(ordinals, counts, "theme", 1))
              .isEqualTo(theirs(lucene, "theme"))
              .isNotEmpty();
          assertThat(ours(ordinals, counts, "format", 1)).isEqualTo(theirs(lucene, "format"));
          assertThat(ours(ordinals, counts, "place", 1)).isEqualTo(theirs(lucene, "place"));
          Map<String, Integer> kommuner = new HashMap<>();
          for (String fylke : theirs(lucene, "place").keySet()) {
            kommuner.putAll(theirs(lucene, "place", fylke));
          }
          assertThat(ours(ordinals, counts, "place", 2)).isEqualTo(kommuner).isNotEmpty();

          // One dimension alone (a drill-sideways set): its own counts, every other count 0.
          int[] themes = ordinals.count(bits(searcher, query), "theme");
          assertThat(ours(ordinals, themes, "theme", 1)).isEqualTo(theirs(lucene, "theme"));
          assertThat(ours(ordinals, themes, "format", 1)).isEmpty();
          assertThat(ours(ordinals, themes, "place", 1)).isEmpty();
          int[] places = ordinals.count(bits(searcher, query), "place");
          assertThat(ours(ordinals, places, "place", 1)).isEqualTo(theirs(lucene, "place"));
          assertThat(ours(ordinals, places, "place", 2)).isEqualTo(kommuner);
          assertThat(ours(ordinals, places, "theme", 1)).isEmpty();
        }
      }
    }
  }

  private static FixedBitSet[] bits(IndexSearcher searcher, Query query) throws Exception {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    for (LeafReaderContext ctx : leaves) {
      bits[ctx.ord] = new FixedBitSet(ctx.reader().maxDoc());
      Scorer scorer = weight.scorer(ctx);
      if (scorer != null) {
        var live = ctx.reader().getLiveDocs();
        var it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != it.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live == null || live.get(doc)) {
            bits[ctx.ord].set(doc);
          }
        }
      }
    }
    return bits;
  }

  private static Map<String, Integer> ours(FacetOrdinals o, int[] counts, String dim, int depth) {
    Map<String, Integer> values = new HashMap<>();
    for (int ord : o.ordinals(dim, depth)) {
      if (counts[ord] > 0) {
        String[] path = o.path(ord);
        values.put(path[path.length - 1], counts[ord]);
      }
    }
    return values;
  }

  private static Map<String, Integer> theirs(Facets facets, String dim, String... path)
      throws Exception {
    FacetResult r = facets.getTopChildren(1000, dim, path);
    Map<String, Integer> values = new HashMap<>();
    for (LabelAndValue lv : r == null ? new LabelAndValue[0] : r.labelValues) {
      values.put(lv.label, lv.value.intValue());
    }
    return values;
  }
}
