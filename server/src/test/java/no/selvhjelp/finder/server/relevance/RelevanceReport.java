package no.selvhjelp.finder.server.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * Runs every judged query through a {@link GroupSearch} (any implementation: the JCR-SQL2 baseline
 * or the Lucene search) and scores its first page with nDCG@10: per query, per category (the mean
 * of its queries) and overall (the mean of all queries, so every query weighs the same).
 */
public final class RelevanceReport {
  /** One query's first page and its score. */
  public record QueryScore(Judgments.Query query, List<String> ranking, double ndcg) {}

  /** A category's number of queries and mean nDCG@10. */
  public record CategoryScore(String category, int queries, double meanNdcg) {}

  private final List<String> categoryOrder;
  private final List<QueryScore> scores;

  private RelevanceReport(List<String> categoryOrder, List<QueryScore> scores) {
    this.categoryOrder = List.copyOf(categoryOrder);
    this.scores = List.copyOf(scores);
  }

  /** Asks {@code search} every query exactly as the API would and scores the answers. */
  public static RelevanceReport run(
      GroupSearch search, Judgments judgments, ReferenceData referenceData) {
    List<QueryScore> scores = new ArrayList<>();
    for (Judgments.Query q : judgments.queries()) {
      SearchResult result = search.search(q.toGroupQuery(referenceData));
      List<String> ranking = result.hits().stream().map(GroupHit::id).toList();
      double ndcg;
      try {
        ndcg = Ndcg.at(Judgments.CUTOFF, ranking, q.judgments());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(q.id() + ": " + e.getMessage(), e);
      }
      scores.add(new QueryScore(q, ranking, ndcg));
    }
    return new RelevanceReport(judgments.categories(), scores);
  }

  public List<QueryScore> perQuery() {
    return scores;
  }

  /** Per category, in the order of the judgments file. */
  public List<CategoryScore> perCategory() {
    List<CategoryScore> result = new ArrayList<>();
    for (String category : categoryOrder) {
      List<QueryScore> in =
          scores.stream().filter(s -> s.query().category().equals(category)).toList();
      result.add(new CategoryScore(category, in.size(), mean(in)));
    }
    return result;
  }

  /** The mean nDCG@10 over all queries. */
  public double overall() {
    return mean(scores);
  }

  /** The category table: category, queries, mean nDCG@10, and an overall row. */
  public String markdownTable() {
    StringBuilder md = new StringBuilder();
    md.append("| category | queries | mean nDCG@10 |\n");
    md.append("| --- | ---: | ---: |\n");
    for (CategoryScore c : perCategory()) {
      md.append("| ")
          .append(c.category())
          .append(" | ")
          .append(c.queries())
          .append(" | ")
          .append(format(c.meanNdcg()))
          .append(" |\n");
    }
    md.append("| **all** | ")
        .append(scores.size())
        .append(" | **")
        .append(format(overall()))
        .append("** |\n");
    return md.toString();
  }

  /** Every query with its score and how many of its top 10 were judged relevant (grade ≥ 1). */
  public String markdownDetails() {
    StringBuilder md = new StringBuilder();
    md.append("| query | category | text | params | nDCG@10 | relevant in top 10 |\n");
    md.append("| --- | --- | --- | --- | ---: | ---: |\n");
    for (QueryScore s : scores) {
      Judgments.Query q = s.query();
      long found =
          s.ranking().stream()
              .limit(Judgments.CUTOFF)
              .filter(id -> q.judgments().getOrDefault(id, 0) > 0)
              .count();
      md.append("| ")
          .append(q.id())
          .append(" | ")
          .append(q.category())
          .append(" | ")
          .append(q.text().replace("|", "\\|"))
          .append(" | ")
          .append(q.params().isEmpty() ? "" : new java.util.TreeMap<>(q.params()).toString())
          .append(" | ")
          .append(format(s.ndcg()))
          .append(" | ")
          .append(found)
          .append(" of ")
          .append(s.ranking().size())
          .append(" |\n");
    }
    return md.toString();
  }

  /** Each query's first page: rank, grade (unjudged shows as 0) and id, for finding out why. */
  public String markdownRankings() {
    StringBuilder md = new StringBuilder();
    for (QueryScore s : scores) {
      Judgments.Query q = s.query();
      md.append("### ")
          .append(q.id())
          .append(" ")
          .append(q.text())
          .append(" (")
          .append(format(s.ndcg()))
          .append(")\n\n");
      if (s.ranking().isEmpty()) {
        md.append("no hits\n");
      }
      for (int i = 0; i < s.ranking().size(); i++) {
        String id = s.ranking().get(i);
        md.append(i + 1)
            .append(". ")
            .append(q.judgments().getOrDefault(id, 0))
            .append(" ")
            .append(id)
            .append("\n");
      }
      md.append("\n");
    }
    return md.toString();
  }

  /** A whole report: a heading, the category table, the per-query table and the rankings. */
  public String markdown(String title) {
    return "# "
        + title
        + "\n\n"
        + markdownTable()
        + "\n## Per query\n\n"
        + markdownDetails()
        + "\n## Rankings (grade, id)\n\n"
        + markdownRankings();
  }

  private static double mean(List<QueryScore> scores) {
    return scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
