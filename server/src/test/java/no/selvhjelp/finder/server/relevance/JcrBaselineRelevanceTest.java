package no.selvhjelp.finder.server.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.jcr.JcrGroupSearch;
import no.selvhjelp.finder.server.demo.DemoContent;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged query set against the JCR-SQL2 baseline over the demo content in a real (in-memory)
 * Jackrabbit: the judgments are checked against the content, and the baseline's nDCG@10 is held to
 * a floor just below what it measured, so that a regression in the baseline or a slip in the
 * judgments shows. The table goes to {@code target/relevance-jcr.md}.
 */
class JcrBaselineRelevanceTest {
  /**
   * The overall nDCG@10 the JCR-SQL2 baseline measured on the judged set (0.454 on 2026-11-25;
   * 0.368 on 2026-12-02 with the theme-word and oddity categories, which it barely finds), less
   * 0.02, rounded down. Move it when the baseline or the judgments change on purpose; see
   * docs/search-quality.md.
   */
  static final double BASELINE_FLOOR = 0.34;

  static final Path REPORT = Path.of("target", "relevance-jcr.md");

  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;
  private static GroupSearch baseline;
  private static ReferenceData referenceData;
  private static Map<String, Group> demoGroups;
  private static Judgments judgments;

  @BeforeAll
  static void loadDemoContent() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).initialise();
    referenceData = engine.referenceData();
    // The JCR-SQL2 search itself, whatever search the engine serves the API with.
    baseline = new JcrGroupSearch(jackrabbit, engine.model(), referenceData);
    var batch = new DemoContent(referenceData).batch();
    engine.imports().importBatch(batch);
    demoGroups = batch.groups().stream().collect(Collectors.toMap(Group::id, Function.identity()));
    judgments = Judgments.load();
  }

  @AfterAll
  static void close() throws Exception {
    Object owner = engine;
    if (owner instanceof AutoCloseable closeable) {
      closeable.close();
    }
    if (jackrabbit != null) {
      jackrabbit.close();
    }
  }

  @Test
  void everyJudgedGroupIsAPublishedDemoGroup() {
    List<String> problems = new ArrayList<>();
    for (Judgments.Query q : judgments.queries()) {
      for (String id : q.judgments().keySet()) {
        Group g = demoGroups.get(id);
        if (g == null) {
          problems.add(q.id() + ": " + id + " is not a demo group");
        } else if (!g.publiclyVisible()) {
          problems.add(q.id() + ": " + id + " is unpublished, so it never appears");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyQueryHasAGroupJudgedRelevant() {
    assertThat(judgments.queries())
        .allSatisfy(q -> assertThat(q.judgedAtLeast(2)).as(q.id()).isNotEmpty());
  }

  @Test
  void everyGroupJudgedRelevantPassesItsQuerysFilters() {
    // A group outside the filters can never be returned; judging it relevant would be a mistake.
    // A place filter also admits digital groups whose reach covers the place, as docs/search.md
    // defines it: a group for Oslo residents is no answer for a visitor in Båtsfjord.
    List<String> problems = new ArrayList<>();
    for (Judgments.Query q : judgments.queries()) {
      GroupQuery query = q.toGroupQuery(referenceData);
      for (String id : q.judgedAtLeast(1)) {
        Group g = demoGroups.get(id);
        if (g != null && !passesFilters(g, query)) {
          problems.add(q.id() + ": " + id);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theSetCoversEveryCategoryWithSeveralQueries() {
    assertThat(judgments.queries()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(judgments.categories())
        .contains("place+digital", "text+postnummer", "widget-no-local");
    assertThat(judgments.categories())
        .containsSubsequence(
            "nb",
            "nn",
            "inflection",
            "compound",
            "synonym",
            "typo",
            "folding",
            "mother-tongue",
            "filter+text",
            "theme-en",
            "theme-mother",
            "oddities");
    Map<String, Long> perCategory =
        judgments.queries().stream()
            .collect(Collectors.groupingBy(Judgments.Query::category, Collectors.counting()));
    assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
  }

  @Test
  void theJcrBaselineKeepsItsMeasuredRelevance() throws IOException {
    RelevanceReport report = RelevanceReport.run(baseline, judgments, referenceData);
    String markdown = report.markdown("Relevance of the JCR-SQL2 baseline (nDCG@10)");
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, markdown, StandardCharsets.UTF_8);
    System.out.println(markdown);

    assertThat(report.perQuery()).hasSize(judgments.queries().size());
    assertThat(report.overall())
        .as("overall nDCG@10 of the JCR-SQL2 baseline; table in " + REPORT)
        .isGreaterThanOrEqualTo(BASELINE_FLOOR);
  }

  private boolean passesFilters(Group g, GroupQuery q) {
    String fylke = referenceData.fylkeOf(g.kommunenummer()).map(f -> f.nummer()).orElse(null);
    boolean inPlace =
        (q.kommuner().isEmpty() || q.kommuner().contains(g.kommunenummer()))
            && (q.fylker().isEmpty() || q.fylker().contains(fylke));
    return (inPlace || reaches(g, q))
        && (q.themes().isEmpty() || g.themes().stream().anyMatch(q.themes()::contains))
        && (q.languages().isEmpty() || g.languages().stream().anyMatch(q.languages()::contains))
        && (q.formats().isEmpty() || q.formats().contains(g.format()))
        && (q.statuses().isEmpty() || q.statuses().contains(g.status()));
  }

  /** Whether a digital group is open to the place the query names (its kommuner and fylker). */
  private boolean reaches(Group g, GroupQuery q) {
    if (!g.digital()) {
      return false;
    }
    if (g.reachesWholeCountry()) {
      return true;
    }
    boolean kommuner =
        q.kommuner().isEmpty()
            || q.kommuner().stream()
                .anyMatch(
                    k -> g.reachKommuner().contains(k) || g.reachFylker().contains(fylkeOf(k)));
    boolean fylker =
        q.fylker().isEmpty()
            || q.fylker().stream()
                .anyMatch(
                    f ->
                        g.reachFylker().contains(f)
                            || g.reachKommuner().stream().anyMatch(k -> f.equals(fylkeOf(k))));
    return kommuner && fylker;
  }

  private String fylkeOf(String kommune) {
    return referenceData.fylkeOf(kommune).map(f -> f.nummer()).orElse(null);
  }
}
