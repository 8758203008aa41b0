package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
import no.selvhjelp.finder.shaded.lucene.search.TopDocs;
import no.selvhjelp.finder.shaded.lucene.search.TotalHits;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.DefaultPassageFormatter;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * One snippet per hit, from the description or else the summary, with matched words in {@code
 * <mark>}. The formatter HTML-escapes the stored text, so a snippet is safe to insert as HTML even
 * when a group's text contains markup.
 */
final class Highlights {
  /** Where a snippet comes from, in order of preference; the highlight query searches these. */
  static final List<String> FIELDS = List.of("description_no", "summary_no");

  private final Analyzer indexAnalyzer;

  Highlights(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  String[] snippets(GroupSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    String[] result = new String[page.length];
    if (page.length == 0) {
      return result;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withMaxLength(10_000)
            .withMaxNoHighlightPassages(0) // no match in a field: no snippet, not its first line
            // The query is plain terms: reading their offsets from the postings is enough, and
            // far cheaper than asking the query's weight for matches doc by doc.
            .withWeightMatches(false)
            .build();
    TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    Map<String, String[]> byField =
        highlighter.highlightFields(FIELDS.toArray(String[]::new), query, docs, new int[] {1, 1});
    for (int i = 0; i < page.length; i++) {
      String description = byField.get(FIELDS.get(0))[i];
      result[i] = description != null ? description : byField.get(FIELDS.get(1))[i];
    }
    return result;
  }
}
