package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.Passage;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.PassageScorer;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Our passage score is Lucene's to the bit, so that replacing Lucene's scorer (which allocates 32
 * KB per passage) picks the same snippet for every hit.
 */
class PassageScoresTest {
  private static final String[] WORDS = {
    "angst", "sorg", "depresjon", "pårørende", "rus", "mestring"
  };

  private final PassageScorer lucene = new PassageScorer();
  private final PassageScores ours = new PassageScores();

  @Test
  void aRepeatedTermCountsOnceWithItsFrequencyInThePassageAsLucenesDoes() {
    Passage twice = passage(40, 120, new String[] {"sorg", "angst", "sorg"}, new int[] {3, 1, 3});
    Passage once = passage(40, 120, new String[] {"sorg", "angst"}, new int[] {3, 1});

    assertThat(ours.score(twice, 500)).isEqualTo(lucene.score(twice, 500));
    assertThat(ours.score(twice, 500)).isGreaterThan(ours.score(once, 500));
  }

  @Test
  void everyRandomPassageScoresTheSameFloatAsLucenesScorer() {
    Random random = new Random(13);
    for (int round = 0; round < 5_000; round++) {
      int matches = random.nextInt(12);
      String[] terms = new String[matches];
      int[] inDoc = new int[matches];
      for (int i = 0; i < matches; i++) {
        terms[i] = WORDS[random.nextInt(WORDS.length)];
        // A term's frequency in the document may differ between its matches (several fields'
        // offsets merged): both scorers must take the first one's.
        inDoc[i] = 1 + random.nextInt(6);
      }
      int start = random.nextInt(2_000);
      Passage p = passage(start, start + 20 + random.nextInt(400), terms, inDoc);
      int contentLength = p.getEndOffset() + random.nextInt(3_000);

      assertThat(Float.floatToIntBits(ours.score(p, contentLength)))
          .as("round %d: %s", round, p)
          .isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
    }
  }

  private static Passage passage(int start, int end, String[] terms, int[] inDoc) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < terms.length; i++) {
      int at = Math.min(end, start + i);
      // A new BytesRef for every match: equal terms are equal by their bytes, not by identity.
      p.addMatch(at, Math.min(end, at + 1), new BytesRef(terms[i]), inDoc[i]);
    }
    return p;
  }
}
