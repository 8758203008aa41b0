package no.selvhjelp.finder.server.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nDCG against figures worked out by hand (log2 2 = 1, log2 3 = 1.5849625, log2 4 = 2). */
class NdcgTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);
  private static final double LOG2_3 = Math.log(3) / Math.log(2);

  @Test
  void aPerfectRankingScoresOne() {
    assertThat(Ndcg.at(10, List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theReversedRankingScoresItsHandComputedValue() {
    // DCG  = (2^1-1)/1 + (2^2-1)/log2 3 + (2^3-1)/2 = 1 + 3/1.5849625 + 3.5 = 6.3927893
    // IDCG = (2^3-1)/1 + (2^2-1)/log2 3 + (2^1-1)/2 = 7 + 1.8927893 + 0.5 = 9.3927893
    double expected = (1 + 3 / LOG2_3 + 3.5) / (7 + 3 / LOG2_3 + 0.5);
    assertThat(expected).isCloseTo(0.680606, within(1e-6));
    assertThat(Ndcg.at(10, List.of("c", "b", "a"), GRADES)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void unjudgedHitsGainNothingButStillTakeARank() {
    // "x" is unjudged (grade 0) and pushes "a" to the second rank: 7/log2 3 out of an ideal 7.
    assertThat(Ndcg.at(10, List.of("x", "a"), Map.of("a", 3))).isCloseTo(1 / LOG2_3, within(1e-12));
    assertThat(Ndcg.at(10, List.of("x", "y"), Map.of("a", 3))).isZero();
  }

  @Test
  void anEmptyResultScoresZero() {
    assertThat(Ndcg.at(10, List.of(), GRADES)).isZero();
  }

  @Test
  void relevantGroupsThatWereNotReturnedLowerTheScore() {
    // Only "a" found: DCG 7, ideal 7 + 3/log2 3 + 1/2.
    assertThat(Ndcg.at(10, List.of("a"), GRADES))
        .isCloseTo(7 / (7 + 3 / LOG2_3 + 0.5), within(1e-12));
  }

  @Test
  void onlyTheFirstKHitsAndTheBestKJudgmentsCount() {
    // At k=1 only the first hit counts, and the ideal is the single best grade.
    assertThat(Ndcg.at(1, List.of("b", "a"), GRADES)).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(Ndcg.at(1, List.of("a", "x"), GRADES)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aRepeatedHitGainsOnlyOnce() {
    assertThat(Ndcg.at(10, List.of("a", "a"), Map.of("a", 3, "b", 3)))
        .isCloseTo(7 / (7 + 7 / LOG2_3), within(1e-12));
  }

  @Test
  void aQueryWithoutAnyRelevantJudgmentIsAnError() {
    assertThatThrownBy(() -> Ndcg.at(10, List.of("a"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no judgment above 0");
    assertThatThrownBy(() -> Ndcg.at(10, List.of("a"), Map.of("a", 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCutOffBelowOneIsAnError() {
    assertThatThrownBy(() -> Ndcg.at(0, List.of("a"), GRADES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
