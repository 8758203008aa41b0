package no.selvhjelp.finder.bench;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import no.selvhjelp.finder.bench.QueryMix.Kind;
import no.selvhjelp.finder.bench.SearchBenchmark.Report;
import no.selvhjelp.finder.bench.SizeResult.KindResult;

/** Renders a run as markdown: machine, per-size tables, and the goals, met or not. */
final class MarkdownReport {
  private static final double MIB = 1024.0 * 1024.0;

  private final StringBuilder out = new StringBuilder();
  private final Report report;

  private MarkdownReport(Report report) {
    this.report = report;
  }

  static String render(Report report) {
    return new MarkdownReport(report).all();
  }

  private String all() {
    var m = report.machine();
    var o = report.options();
    line("# Search benchmark: Lucene vs the JCR-SQL2 baseline");
    line("");
    line("- Date: " + m.get("date"));
    line("- JVM: " + m.get("jvm") + "; GC: " + m.get("gc"));
    line("- Heap: " + m.get("xmx"));
    line("- Cores: " + m.get("cores") + "; CPU: " + m.get("cpu") + "; OS: " + m.get("os"));
    line(
        f(
            "- Settings: %d measured queries per kind per engine after %d warm-up queries; the JCR"
                + " baseline stops after %d s per kind (at least %d queries); %d edits per edit"
                + " path; page size %d, page 1; single thread, in process.",
            o.queries(),
            o.warmup(),
            o.baselineBudget().toSeconds(),
            o.baselineMinQueries(),
            o.edits(),
            QueryMix.PAGE_SIZE));
    line("");
    line("## Load, rebuild, index size, heap");
    line("");
    line(
        "| groups | load (import incl. indexing) | load rate | full rebuild | index on disk"
            + " after load | after rebuild | heap after GC, all | engine's share | heap before |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SizeResult s : report.sizes()) {
      line(
          f(
              "| %,d | %.1f s | %,.0f groups/s | %.2f s | %.1f MiB | %.1f MiB | %.0f MiB | %.0f MiB"
                  + " | %.0f MiB |",
              s.groups(),
              s.load().toNanos() / 1e9,
              s.loadPerSecond(),
              s.rebuild().toNanos() / 1e9,
              s.indexBytesAfterLoad() / MIB,
              s.indexBytesAfterRebuild() / MIB,
              s.heapLoaded() / MIB,
              s.engineHeap() / MIB,
              s.heapBefore() / MIB));
    }
    for (SizeResult s : report.sizes()) {
      queries(s);
    }
    edits();
    goals();
    return out.toString();
  }

  private void queries(SizeResult s) {
    line("");
    line(f("## Queries at %,d groups", s.groups()));
    line("");
    line(
        "| kind | engine | queries | p50 ms | p99 ms | mean ms | queries/s | mean matches |"
            + " KB allocated per query | speed-up (queries/s) | speed-up (p50) |");
    line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Kind kind : Kind.values()) {
      KindResult k = s.queries().get(kind);
      row(
          kind.label,
          "Lucene",
          k.lucene(),
          "**" + times(k.speedup()) + "**",
          times(k.p50Speedup()));
      row("", "JCR-SQL2", k.jcr(), "", "");
    }
    line("");
    line(
        f(
            "Lucene measured %s; %d garbage collections during its samples.",
            report.options().kindBlocks()
                ? "kind by kind, each kind in one block"
                : "one query of every kind in turn",
            s.luceneCollections()));
  }

  private void row(String kind, String engine, Latency l, String speedup, String p50Speedup) {
    line(
        f(
            "| %s | %s | %d | %s | %s | %s | %,.1f | %.0f | %s | %s | %s |",
            kind,
            engine,
            l.count(),
            ms(l.p50Millis()),
            ms(l.p99Millis()),
            ms(l.meanMillis()),
            l.perSecond(),
            l.meanMatches(),
            l.allocatedBytes() < 0 ? "–" : f("%,.0f", l.allocatedBytes() / 1024),
            speedup,
            p50Speedup));
  }

  private void edits() {
    line("");
    line("## Edit to searchable");
    line("");
    line(
        "| groups | path | edits | p50 ms | p99 ms | mean ms | not searchable within "
            + EditLatency.TIMEOUT.toSeconds()
            + " s |");
    line("|---:|---|---:|---:|---:|---:|---:|");
    for (SizeResult s : report.sizes()) {
      edit(s.groups(), "import (indexed before it returns)", s.editByImport());
      edit(s.groups(), "JCR session save (observation)", s.editByJcrSession());
    }
  }

  private void edit(int groups, String path, EditLatency.Result r) {
    Latency l = r.latency();
    line(
        f(
            "| %,d | %s | %d | %s | %s | %s | %d |",
            groups,
            path,
            l.count(),
            ms(l.p50Millis()),
            ms(l.p99Millis()),
            ms(l.meanMillis()),
            r.timeouts()));
  }

  private void goals() {
    line("");
    line("## Goals");
    line("");
    line("| goal | measured | met |");
    line("|---|---|---|");
    Optional<SizeResult> tenK = size(10_000);
    Optional<SizeResult> hundredK = size(100_000);
    goal(
        "Lucene p50 ≤ 0.5 ms and p99 ≤ 2 ms for each visitor kind at 10k (issue 13)",
        tenK,
        s ->
            f(
                "worst kind p50 %s ms, p99 %s ms",
                ms(s.maxLuceneP50Nanos() / 1e6), ms(s.maxLuceneP99Nanos() / 1e6)),
        s -> s.maxLuceneP50Nanos() <= 500_000 && s.maxLuceneP99Nanos() <= 2_000_000);
    goal("≥ 50× the JCR baseline at 10k", tenK, s -> speedups(s), s -> s.minSpeedup() >= 50);
    goal("≥ 200× the JCR baseline at 100k", hundredK, s -> speedups(s), s -> s.minSpeedup() >= 200);
    goal(
        "hostile text ≤ 5× a text search (Lucene, p50 and p99) at 10k",
        tenK,
        s -> f("p50 %s, p99 %s", times(s.hostileP50Ratio()), times(s.hostileP99Ratio())),
        s -> s.hostileP50Ratio() <= 5 && s.hostileP99Ratio() <= 5);
    goal(
        "Lucene p99 ≤ 5 ms for each visitor kind at 100k (issue 13)",
        hundredK,
        s -> f("worst kind p99 %s ms", ms(s.maxLuceneP99Nanos() / 1e6)),
        s -> s.maxLuceneP99Nanos() <= 5_000_000);
    goal(
        "Lucene p99 < 2 ms in process at 100k",
        hundredK,
        s -> f("worst kind p99 %s ms", ms(s.maxLuceneP99Nanos() / 1e6)),
        s -> s.maxLuceneP99Nanos() < 2_000_000);
    SizeResult largest = report.sizes().get(report.sizes().size() - 1);
    long worstEdit = report.sizes().stream().mapToLong(SizeResult::maxEditP99Nanos).max().orElse(0);
    int timeouts =
        report.sizes().stream()
            .mapToInt(s -> s.editByImport().timeouts() + s.editByJcrSession().timeouts())
            .sum();
    goal(
        "edit-to-searchable p99 < 1 s",
        Optional.of(largest),
        s ->
            f(
                "worst p99 over both paths and all sizes %s ms (largest size: import %s ms, JCR"
                    + " session %s ms)",
                ms(worstEdit / 1e6),
                ms(s.editByImport().latency().p99Millis()),
                ms(s.editByJcrSession().latency().p99Millis())),
        s -> worstEdit < 1_000_000_000L && timeouts == 0);
    goal(
        "10k full rebuild < 15 s",
        tenK,
        s -> f("%.2f s", s.rebuild().toNanos() / 1e9),
        s -> s.rebuild().toMillis() < 15_000);
    goal(
        "heap ≤ 256 MiB at 10k",
        tenK,
        s ->
            f(
                "%.0f MiB for the whole process incl. the in-memory repository; engine's share %.0f"
                    + " MiB",
                s.heapLoaded() / MIB, s.engineHeap() / MIB),
        s -> s.heapLoaded() <= 256 * MIB);
  }

  private static String speedups(SizeResult s) {
    StringBuilder b = new StringBuilder("lowest " + times(s.minSpeedup()) + " (");
    for (Kind kind : Kind.VISITOR) {
      b.append(kind == Kind.TEXT ? "" : ", ")
          .append(kind.label)
          .append(" ")
          .append(times(s.queries().get(kind).speedup()));
    }
    return b.append(')').toString();
  }

  private void goal(
      String name,
      Optional<SizeResult> size,
      Function<SizeResult, String> figure,
      Predicate<SizeResult> met) {
    if (size.isEmpty()) {
      line("| " + name + " | not measured in this run | – |");
      return;
    }
    line(
        "| "
            + name
            + " | "
            + figure.apply(size.get())
            + " | "
            + (met.test(size.get()) ? "met" : "**not met**")
            + " |");
  }

  private Optional<SizeResult> size(int groups) {
    return report.sizes().stream().filter(s -> s.groups() == groups).findFirst();
  }

  /** Milliseconds with about three significant digits. */
  static String ms(double millis) {
    return millis < 1
        ? f("%.3f", millis)
        : millis < 10 ? f("%.2f", millis) : millis < 100 ? f("%.1f", millis) : f("%,.0f", millis);
  }

  /** A speed-up factor; below 1 means the baseline is faster. */
  static String times(double factor) {
    return (factor < 1 ? f("%.2f", factor) : factor < 10 ? f("%.1f", factor) : f("%,.0f", factor))
        + "×";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
