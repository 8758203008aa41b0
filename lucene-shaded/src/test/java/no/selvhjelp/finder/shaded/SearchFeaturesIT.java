package no.selvhjelp.finder.shaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.no.NorwegianAnalyzer;
import no.selvhjelp.finder.shaded.lucene.analysis.standard.StandardAnalyzer;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.document.Field;
import no.selvhjelp.finder.shaded.lucene.document.LatLonDocValuesField;
import no.selvhjelp.finder.shaded.lucene.document.LatLonPoint;
import no.selvhjelp.finder.shaded.lucene.document.StringField;
import no.selvhjelp.finder.shaded.lucene.document.TextField;
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
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.search.FieldDoc;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.MatchAllDocsQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.Sort;
import no.selvhjelp.finder.shaded.lucene.search.TermQuery;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.search.TopFieldDocs;
import no.selvhjelp.finder.shaded.lucene.search.suggest.Lookup;
import no.selvhjelp.finder.shaded.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.UnifiedHighlighter;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The search features the finder relies on, through the relocated classes. */
class SearchFeaturesIT {

  private record Group(
      String id, String title, String fylke, String kommune, double lat, double lon) {}

  private static final List<Group> GROUPS =
      List.of(
          new Group("1", "Sorggruppe for etterlatte", "Vestland", "Bergen", 60.3913, 5.3221),
          new Group("2", "Samtalegruppe for pårørende", "Vestland", "Voss", 60.6280, 6.4150),
          new Group("3", "Sorggruppe for unge", "Oslo", "Oslo", 59.9139, 10.7522));

  @Test
  void facetsGeoHighlightAndSuggestWork() throws Exception {
    FacetsConfig facetsConfig = new FacetsConfig();
    facetsConfig.setHierarchical("sted", true);
    try (Analyzer analyzer = new NorwegianAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Group group : GROUPS) {
          Document doc = new Document();
          doc.add(new StringField("id", group.id(), Field.Store.YES));
          doc.add(new TextField("title", group.title(), Field.Store.YES));
          doc.add(new SortedSetDocValuesFacetField("sted", group.fylke(), group.kommune()));
          doc.add(new LatLonPoint("location", group.lat(), group.lon()));
          doc.add(new LatLonDocValuesField("location", group.lat(), group.lon()));
          writer.addDocument(facetsConfig.build(doc));
        }
      }

      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);

        // Hierarchical facet counts: fylke, then kommune within a fylke.
        DefaultSortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        FacetsCollector facetsCollector =
            searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, facetsCollector);
        FacetResult fylker = facets.getTopChildren(10, "sted");
        assertThat(fylker.labelValues)
            .extracting(lv -> lv.label + "=" + lv.value)
            .containsExactly("Vestland=2", "Oslo=1");
        FacetResult vestland = facets.getTopChildren(10, "sted", "Vestland");
        assertThat(vestland.labelValues)
            .extracting((LabelAndValue lv) -> lv.label)
            .containsExactlyInAnyOrder("Bergen", "Voss");

        // Distance sort from Voss: Voss, then Bergen, then Oslo.
        Sort byDistance = new Sort(LatLonDocValuesField.newDistanceSort("location", 60.63, 6.42));
        TopFieldDocs nearest = searcher.search(new MatchAllDocsQuery(), 10, byDistance);
        assertThat(nearest.scoreDocs)
            .extracting(sd -> searcher.storedFields().document(sd.doc).get("id"))
            .containsExactly("2", "1", "3");
        double bergenMetres = (Double) ((FieldDoc) nearest.scoreDocs[1]).fields[0];
        assertThat(bergenMetres / 1000).isCloseTo(66, within(5.0));
        TopDocs nearVoss =
            searcher.search(LatLonPoint.newDistanceQuery("location", 60.63, 6.42, 100_000), 10);
        assertThat(nearVoss.totalHits.value).isEqualTo(2);

        // Highlighting: the stemmed query term is marked in the stored title.
        Query sorg = new TermQuery(new Term("title", "sorggrupp"));
        TopDocs sorgHits = searcher.search(sorg, 10);
        assertThat(sorgHits.totalHits.value).isEqualTo(2);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
        String[] snippets = highlighter.highlight("title", sorg, sorgHits);
        assertThat(snippets).hasSize(2).allMatch(s -> s.contains("<b>Sorggruppe</b>"));
      }
    }

    // Suggest: infix suggestions from a prefix of any word.
    try (Analyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory suggestDirectory = new ByteBuffersDirectory();
        AnalyzingInfixSuggester suggester =
            new AnalyzingInfixSuggester(suggestDirectory, analyzer)) {
      for (Group group : GROUPS) {
        suggester.add(new BytesRef(group.title()), null, 1, new BytesRef(group.id()));
      }
      suggester.refresh();
      List<Lookup.LookupResult> suggestions = suggester.lookup("pårør", false, 5);
      assertThat(suggestions)
          .extracting(r -> r.key.toString())
          .containsExactly("Samtalegruppe for pårørende");
    }
  }
}
