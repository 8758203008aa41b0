package no.selvhjelp.finder.server.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalised discounted cumulative gain at a cut-off k, with graded gains: a hit of grade {@code
 * rel} at 0-based position {@code i} gains {@code (2^rel - 1) / log2(i + 2)}. The ideal DCG ranks
 * every judgment of the query by grade, so a search that misses a relevant group is charged for it
 * even if nothing it did return was wrong. Unjudged hits gain 0.
 */
public final class Ndcg {
  private Ndcg() {}

  /**
   * nDCG@k of {@code ranking} (ids, best first) against {@code grades} (id to grade 0–3).
   *
   * @throws IllegalArgumentException if no judgment is above 0: such a query measures nothing and
   *     is a mistake in the judgments, not a score of 0 or 1.
   */
  public static double at(int k, List<String> ranking, Map<String, Integer> grades) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    for (Map.Entry<String, Integer> e : grades.entrySet()) {
      if (e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("grade of " + e.getKey() + " is " + e.getValue());
      }
    }
    double ideal = idealDcg(k, grades);
    if (ideal == 0) {
      throw new IllegalArgumentException(
          "no judgment above 0, so nDCG is undefined; judged: " + grades);
    }
    return dcg(k, ranking, grades) / ideal;
  }

  /** DCG@k of a ranking; an id that repeats gains nothing the second time. */
  static double dcg(int k, List<String> ranking, Map<String, Integer> grades) {
    double sum = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      String id = ranking.get(i);
      if (seen.add(id)) {
        sum += gain(grades.getOrDefault(id, 0), i);
      }
    }
    return sum;
  }

  /** DCG@k of the best possible ranking: every judgment, highest grade first. */
  static double idealDcg(int k, Map<String, Integer> grades) {
    List<Integer> best = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
    double sum = 0;
    for (int i = 0; i < best.size(); i++) {
      sum += gain(best.get(i), i);
    }
    return sum;
  }

  /** {@code (2^rel - 1) / log2(position + 2)}, position 0-based. */
  static double gain(int rel, int position) {
    return (Math.pow(2, rel) - 1) / (Math.log(position + 2) / Math.log(2));
  }
}
