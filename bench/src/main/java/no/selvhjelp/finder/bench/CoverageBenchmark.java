package no.selvhjelp.finder.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;

/**
 * How long a coverage answer takes with its cache off, next to a filter-only search on the same
 * filters in the same run (the baseline: the cheapest thing the API does that reads the same
 * groups). Coverage reads every matching group's place and measures 357 distances each time, so it
 * must stay within a small multiple of a search to be fit for every request.
 *
 * <pre>
 * mvn -B -ntp -q package -DskipTests
 * java -Xmx1g -cp bench/target/selvhjelp-bench.jar no.selvhjelp.finder.bench.CoverageBenchmark 10000 200
 * </pre>
 */
public final class CoverageBenchmark {
  private static final int BATCH = 500;

  /** What was measured: coverage and the search baseline, over the same filter mix. */
  public record Result(int groups, Latency coverage, Latency search) {
    public String markdown() {
      return String.format(
          Locale.ROOT,
          "| %,d | coverage | %.2f ms | %.2f ms |%n| %,d | filter-only search (baseline) | %.2f ms |"
              + " %.2f ms |%n",
          groups,
          coverage.p50Millis(),
          coverage.p99Millis(),
          groups,
          search.p50Millis(),
          search.p99Millis());
    }
  }

  private CoverageBenchmark() {}

  public static void main(String[] args) throws Exception {
    int groups = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Machine.quietLogs();
    Result r = run(groups, queries, System.err);
    System.out.println("| groups | answer | p50 | p99 |");
    System.out.println("| ---: | --- | ---: | ---: |");
    System.out.print(r.markdown());
  }

  public static Result run(int n, int queries, PrintStream progress) throws Exception {
    ReferenceData ref = ReferenceData.load();
    SyntheticGroups synthetic = new SyntheticGroups(ref);
    List<Group> groups = synthetic.derive(n);
    try (InMemoryJackrabbit jackrabbit = new InMemoryJackrabbit();
        Engine engine = new Engine(jackrabbit, null, 0).start()) {
      engine.imports().importBatch(synthetic.linkTargets());
      for (int from = 0; from < n; from += BATCH) {
        engine
            .imports()
            .importBatch(
                new ImportBatch(null, null, groups.subList(from, Math.min(n, from + BATCH))));
      }
      engine.syncIndex();
      progress.printf("%,d groups loaded; timing %d answers of each%n", n, queries);
      List<CoverageQuery> mix = mix();
      time(engine, mix, queries / 4); // warm-up
      long[] coverage = new long[queries];
      long[] search = new long[queries];
      long cStart = System.nanoTime();
      for (int i = 0; i < queries; i++) {
        CoverageQuery q = mix.get(i % mix.size());
        long t0 = System.nanoTime();
        engine.coverage().coverage(q);
        coverage[i] = System.nanoTime() - t0;
      }
      long cWall = System.nanoTime() - cStart;
      long sStart = System.nanoTime();
      for (int i = 0; i < queries; i++) {
        CoverageQuery q = mix.get(i % mix.size());
        long t0 = System.nanoTime();
        engine.search().search(asSearch(q));
        search[i] = System.nanoTime() - t0;
      }
      long sWall = System.nanoTime() - sStart;
      return new Result(n, Latency.of(coverage, cWall, -1), Latency.of(search, sWall, -1));
    }
  }

  /** Every theme, some languages and formats, and a district office's fylke. */
  static List<CoverageQuery> mix() {
    List<CoverageQuery> mix = new ArrayList<>();
    mix.add(CoverageQuery.everything());
    for (String theme : Codes.THEMES) {
      mix.add(new CoverageQuery(List.of(theme), List.of(), List.of(), List.of()));
    }
    for (String language : List.of("ar", "so", "ti", "fa", "uk", "pl", "en")) {
      mix.add(new CoverageQuery(List.of(), List.of(language), List.of(), List.of()));
    }
    mix.add(new CoverageQuery(List.of("sorg"), List.of(), List.of(), List.of("46")));
    mix.add(
        new CoverageQuery(List.of(), List.of(), List.of("physical"), List.of("18", "55", "56")));
    return mix;
  }

  /** The baseline: the API's first page with facets, on the same filters. */
  private static GroupQuery asSearch(CoverageQuery q) {
    GroupQuery g = q.asSearch();
    return new GroupQuery(
        null,
        List.of(),
        q.fylker(),
        g.themes(),
        g.languages(),
        g.formats(),
        List.of(),
        null,
        null,
        GroupQuery.Sort.TITLE,
        1,
        10,
        "nb");
  }

  private static void time(Engine engine, List<CoverageQuery> mix, int count) {
    for (int i = 0; i < count; i++) {
      engine.coverage().coverage(mix.get(i % mix.size()));
      engine.search().search(asSearch(mix.get(i % mix.size())));
    }
  }
}
