package no.selvhjelp.finder.search;

import no.selvhjelp.finder.shaded.lucene.search.uhighlight.Passage;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.PassageScorer;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, times the position norm), to the
 * same float, without its one cost: Lucene's scorer counts the distinct terms in a new {@code
 * BytesRefHash}, whose first term takes a 32 KB block, for every passage of every hit. That was
 * four fifths of all the memory a text search allocated (issue 13: some 600 KB a page, and the
 * young collections behind the p99). A passage holds a few matches of a few query terms, so a scan
 * over the terms seen so far finds the same distinct terms, numbered in the same order of first
 * appearance, which keeps the sum's order and so its rounding.
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    int[] firstMatch = new int[matches];
    int[] inPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < distinct && !terms[firstMatch[t]].bytesEquals(terms[i])) {
        t++;
      }
      if (t == distinct) {
        firstMatch[distinct++] = i;
      }
      inPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[firstMatch[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
