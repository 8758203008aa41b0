package no.selvhjelp.finder.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.bench.QueryMix.Kind;
import no.selvhjelp.finder.bench.SizeResult.KindResult;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;

/**
 * The search benchmark: for each size, a fresh in-memory Jackrabbit and an engine with its index on
 * disk, loaded with synthetic groups through the import; then the Lucene search and the JCR-SQL2
 * baseline answer the same queries in the same run, so the machine's noise hits both; then a full
 * rebuild, edit-to-searchable on two paths, index size and heap. Prints a markdown report.
 */
public final class SearchBenchmark {
  static final int BATCH = 2_000;

  /** The engine rebuilds its suggester this long after the last change (2 s) plus a margin. */
  private static final Duration SUGGESTER_DELAY = Duration.ofMillis(2_500);

  private static final Duration MAX_SETTLE = Duration.ofMinutes(3);

  private final BenchOptions options;
  private final PrintStream progress;
  private final ReferenceData ref = ReferenceData.load();
  private final SyntheticGroups synthetic = new SyntheticGroups(ref);

  public SearchBenchmark(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    Machine.quietLogs();
    String report = new SearchBenchmark(options, System.err).run().markdown();
    System.out.print(report);
    if (options.out() != null) {
      Files.writeString(options.out(), report, StandardCharsets.UTF_8);
      System.err.println("Report written to " + options.out());
    }
  }

  /** The results of a whole run, with the machine they were measured on. */
  public record Report(Map<String, String> machine, BenchOptions options, List<SizeResult> sizes) {
    public String markdown() {
      return MarkdownReport.render(this);
    }
  }

  public Report run() throws Exception {
    Map<String, String> machine = Machine.describe();
    List<SizeResult> results = new ArrayList<>();
    for (int n : options.sizes()) {
      results.add(runSize(n));
    }
    return new Report(machine, options, results);
  }

  private SizeResult runSize(int n) throws Exception {
    List<Group> groups = synthetic.derive(n);
    long heapBefore = Machine.heapUsedAfterGc();
    Path indexDir = Files.createTempDirectory("selvhjelp-bench-index-");
    InMemoryJackrabbit jackrabbit = new InMemoryJackrabbit();
    Engine engine = null;
    try {
      // No result cache: the mix repeats its queries, and this measures the engine, not memory.
      engine = new Engine(jackrabbit, indexDir, 0).start();
      engine.imports().importBatch(synthetic.linkTargets());
      log("%,d groups: loading in batches of %,d", n, BATCH);
      long t0 = System.nanoTime();
      for (int from = 0; from < n; from += BATCH) {
        List<Group> batch = groups.subList(from, Math.min(n, from + BATCH));
        engine.imports().importBatch(new ImportBatch(null, null, batch));
      }
      Duration load = Duration.ofNanos(System.nanoTime() - t0);
      if (engine.index().size() != n) {
        throw new IllegalStateException(
            "Index has " + engine.index().size() + " groups after loading " + n);
      }
      log("loaded in %.1f s; waiting for background work to finish", load.toNanos() / 1e9);
      settle();
      long indexAfterLoad = engine.index().sizeOnDisk();

      Measured queries = queries(engine, new QueryMix(groups, ref));

      log("rebuilding the index");
      long r0 = System.nanoTime();
      long rebuilt = engine.index().rebuild(engine.store(), new AtomicLong());
      Duration rebuild = Duration.ofNanos(System.nanoTime() - r0);
      if (rebuilt != n) {
        throw new IllegalStateException("Rebuild indexed " + rebuilt + " groups, not " + n);
      }
      long indexAfterRebuild = engine.index().sizeOnDisk();

      log("edit-to-searchable: %d edits per path", options.edits());
      EditLatency edits = new EditLatency(engine, groups);
      EditLatency.Result byImport = edits.viaImport(options.edits());
      EditLatency.Result byJcr = edits.viaJcrSession(jackrabbit, options.edits());

      // Measured last and next to each other, so Jackrabbit's caches are as full in both.
      long heapLoaded = Machine.heapUsedAfterGc();
      engine.close();
      engine = null;
      long heapWithoutEngine = Machine.heapUsedAfterGc();
      log("done with %,d groups", n);
      return new SizeResult(
          n,
          load,
          rebuild,
          indexAfterLoad,
          indexAfterRebuild,
          heapBefore,
          heapLoaded,
          heapWithoutEngine,
          queries.kinds(),
          queries.luceneCollections(),
          byImport,
          byJcr);
    } finally {
      if (engine != null) {
        engine.close();
      }
      jackrabbit.close();
      Machine.deleteTree(indexDir);
    }
  }

  /**
   * Warms both engines up on every kind first, then measures Lucene on every kind (one query of
   * each in turn, unless {@link BenchOptions#kindBlocks()}), then the JCR baseline kind by kind
   * under its time budget: both in the same run, so their ratio is of the same state of a noisy
   * machine. The heap is emptied before each measurement; run with {@code -Xms} equal to {@code
   * -Xmx}, or the forced collection shrinks the heap and the samples after the next young
   * collection pay for taking the memory back from the system.
   */
  private Measured queries(Engine engine, QueryMix mix) {
    int warmup = options.warmup();
    Duration baselineWarmupBudget = options.baselineBudget().dividedBy(4);
    log(
        "warming up: %d queries per kind per engine (JCR: at most %d s per kind)",
        warmup, baselineWarmupBudget.toSeconds());
    for (Kind kind : Kind.values()) {
      QueryTimer.run(engine.search(), mix.of(kind), warmup, 0, null);
      QueryTimer.run(
          engine.baselineSearch(),
          mix.of(kind),
          warmup,
          Math.min(warmup, mix.of(kind).size()),
          baselineWarmupBudget);
    }
    // Each engine its own new texts (no query repeats between them), drawn in the same order
    // as when both were measured kind by kind, so a run sends the same texts as before.
    Map<Kind, List<GroupQuery>> luceneQueries = new EnumMap<>(Kind.class);
    Map<Kind, List<GroupQuery>> jcrQueries = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      luceneQueries.put(kind, mix.of(kind));
      jcrQueries.put(kind, mix.of(kind));
    }
    // Each block starts with an empty young generation; the forced collections are not counted.
    Map<Kind, Latency> lucene = new EnumMap<>(Kind.class);
    long luceneCollections = 0;
    if (options.kindBlocks()) {
      for (Kind kind : Kind.values()) {
        Machine.heapUsedAfterGc();
        long before = Machine.collections();
        lucene.put(
            kind,
            QueryTimer.run(engine.search(), luceneQueries.get(kind), options.queries(), 0, null));
        luceneCollections += Machine.collections() - before;
      }
    } else {
      Machine.heapUsedAfterGc();
      long before = Machine.collections();
      lucene.putAll(QueryTimer.interleaved(engine.search(), luceneQueries, options.queries()));
      luceneCollections = Machine.collections() - before;
    }
    log(
        "Lucene measured (%s): %d garbage collections during it",
        options.kindBlocks() ? "kind by kind" : "every kind in turn", luceneCollections);
    Map<Kind, KindResult> results = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      Machine.heapUsedAfterGc();
      Latency jcr =
          QueryTimer.run(
              engine.baselineSearch(),
              jcrQueries.get(kind),
              options.queries(),
              options.baselineMinQueries(),
              options.baselineBudget());
      Latency l = lucene.get(kind);
      results.put(kind, new KindResult(l, jcr));
      log(
          "%-13s Lucene p50 %.3f ms p99 %.3f ms (%d, %,.0f KB each) | JCR p50 %.1f ms p99 %.1f ms"
              + " (%d) | %s",
          kind.label,
          l.p50Millis(),
          l.p99Millis(),
          l.count(),
          l.allocatedBytes() / 1024,
          jcr.p50Millis(),
          jcr.p99Millis(),
          jcr.count(),
          MarkdownReport.times(l.perSecond() / jcr.perSecond()));
    }
    return new Measured(results, luceneCollections);
  }

  /** Both engines' figures per kind, and the collections that paused Lucene's samples. */
  private record Measured(Map<Kind, KindResult> kinds, long luceneCollections) {}

  private void settle() throws InterruptedException {
    Thread.sleep(SUGGESTER_DELAY.toMillis()); // let the scheduled suggester rebuild begin
    Duration waited = Machine.awaitQuiet(MAX_SETTLE);
    if (waited.compareTo(MAX_SETTLE) >= 0) {
      log("background work still running after %d s; measuring anyway", MAX_SETTLE.toSeconds());
    }
  }

  private void log(String format, Object... args) {
    progress.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
  }
}
