package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.selvhjelp.finder.index.BoundedMemo;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.index.FieldInfo;
import no.selvhjelp.finder.shaded.lucene.index.FieldInfos;
import no.selvhjelp.finder.shaded.lucene.search.DocIdSetIterator;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreDoc;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.DefaultPassageFormatter;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.FieldOffsetStrategy;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.UHComponents;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * One snippet per hit, from the description or else the summary, with matched words in {@code
 * <mark>}. The formatter HTML-escapes the stored text, so a snippet is safe to insert as HTML even
 * when a group's text contains markup.
 */
final class Highlights {
  /** Where a snippet comes from, in order of preference; the highlight query searches these. */
  static final List<String> FIELDS = LuceneSchema.HIGHLIGHTED;

  private final Analyzer indexAnalyzer;
  private final PassageScores scores = new PassageScores(); // stateless
  private final BoundedMemo<String, int[]> sentences = RememberedSentences.memo();

  Highlights(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * @param stored the page's documents as already read, with at least the {@link #FIELDS}: the
   *     highlighter takes the texts from them instead of decompressing the same stored fields again
   *     (reading stored fields was about a tenth of a search, twice per hit)
   */
  String[] snippets(GroupSearcher searcher, Query query, ScoreDoc[] page, Document[] stored)
      throws IOException {
    String[] result = new String[page.length];
    if (page.length == 0) {
      return result;
    }
    Map<Integer, Document> byDoc = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      byDoc.put(page[i].doc, stored[i]);
    }
    FieldInfos merged = searcher.fieldInfos(); // once per reader, not once per page
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withScorer(scores)
            .withBreakIterator(() -> new RememberedSentences(sentences))
            .withMaxLength(10_000)
            .withMaxNoHighlightPassages(0) // no match in a field: no snippet, not its first line
            // The query is plain terms: reading their offsets from the postings is enough, and
            // far cheaper than asking the query's weight for matches doc by doc.
            .withWeightMatches(false);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          @Override
          protected FieldOffsetStrategy getOffsetStrategy(
              OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS && PagePostings.reads(components)
                ? new PagePostings(components)
                : super.getOffsetStrategy(source, components);
          }

          @Override
          protected FieldInfo getFieldInfo(String field) {
            return merged.fieldInfo(field);
          }

          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
              Document d = byDoc.get(doc);
              CharSequence[] texts = new CharSequence[fields.length];
              for (int f = 0; f < fields.length; f++) {
                String text = d == null ? null : d.get(fields[f]);
                texts[f] = text == null ? "" : text;
              }
              values.add(texts);
              doc = docs.nextDoc();
            }
            return values;
          }
        };
    // The description first; the summary only for the hits whose description has no match. Each
    // field of each hit costs a seek per query term in its postings.
    int[] all = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    String[] descriptions =
        highlighter
            .highlightFields(new String[] {FIELDS.get(0)}, query, all, new int[] {1})
            .get(FIELDS.get(0));
    int[] without = IntStream.range(0, page.length).filter(i -> descriptions[i] == null).toArray();
    String[] summaries =
        without.length == 0
            ? new String[0]
            : highlighter
                .highlightFields(
                    new String[] {FIELDS.get(1)},
                    query,
                    Arrays.stream(without).map(i -> page[i].doc).toArray(),
                    new int[] {1})
                .get(FIELDS.get(1));
    System.arraycopy(descriptions, 0, result, 0, page.length);
    for (int j = 0; j < without.length; j++) {
      result[without[j]] = summaries[j];
    }
    return result;
  }
}
