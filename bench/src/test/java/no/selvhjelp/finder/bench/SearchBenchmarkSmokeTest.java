package no.selvhjelp.finder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import no.selvhjelp.finder.bench.QueryMix.Kind;
import no.selvhjelp.finder.bench.SizeResult.KindResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the whole benchmark at a tiny size, so that it cannot rot unnoticed: every step runs against
 * the real engine and repository, and the report carries numbers for both engines.
 */
class SearchBenchmarkSmokeTest {

  @Test
  @Timeout(300) // a guard against a hang, not a speed check: shared CI machines are slow
  void aTinyRunReportsLatencyForBothEnginesEveryKindAndEveryStep() throws Exception {
    BenchOptions options =
        new BenchOptions(List.of(300), 10, 2, 3, Duration.ofSeconds(5), null, false);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    SearchBenchmark.Report report =
        new SearchBenchmark(options, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

    assertThat(report.sizes()).hasSize(1);
    SizeResult s = report.sizes().get(0);
    assertThat(s.groups()).isEqualTo(300);
    assertThat(s.load()).isPositive();
    assertThat(s.rebuild()).isPositive();
    assertThat(s.indexBytesAfterLoad()).isPositive();
    assertThat(s.indexBytesAfterRebuild()).isPositive();
    assertThat(s.heapLoaded()).isPositive();
    for (Kind kind : Kind.values()) {
      KindResult k = s.queries().get(kind);
      assertThat(k.lucene().count()).as("Lucene %s", kind).isEqualTo(10);
      assertThat(k.jcr().count()).as("JCR %s", kind).isEqualTo(10);
      assertThat(k.lucene().p50Nanos()).isPositive();
      // Counted by the JVM for the measuring thread (HotSpot does): a search allocates something.
      assertThat(k.lucene().allocatedBytes()).as("Lucene %s allocates", kind).isPositive();
      assertThat(k.jcr().p50Nanos()).isPositive();
      if (kind == Kind.HOSTILE) {
        // Random words are in no group: the kind measures the cost of looking, not of finding.
        assertThat(k.lucene().meanMatches()).as("Lucene finds nothing for %s", kind).isZero();
        assertThat(k.jcr().meanMatches()).as("JCR finds nothing for %s", kind).isZero();
      } else if (kind == Kind.NEW_TYPO) {
        // Only Lucene reads past a misspelling; JCR-SQL2's full-text search wants every word.
        assertThat(k.lucene().meanMatches()).as("Lucene finds something for %s", kind).isPositive();
      } else {
        assertThat(k.lucene().meanMatches()).as("Lucene finds something for %s", kind).isPositive();
        assertThat(k.jcr().meanMatches()).as("JCR finds something for %s", kind).isPositive();
      }
    }
    assertThat(s.editByImport().timeouts()).isZero();
    assertThat(s.editByJcrSession().timeouts()).isZero();
    assertThat(s.editByImport().latency().count()).isEqualTo(3);
    assertThat(s.editByJcrSession().latency().count()).isEqualTo(3);

    String markdown = report.markdown();
    assertThat(markdown)
        .contains("## Queries at 300 groups")
        .contains("| text | Lucene | 10 |")
        .contains("| hostile text | Lucene | 10 |")
        .contains("| new text | Lucene | 10 |")
        .contains("| new typo | Lucene | 10 |")
        .contains("|  | JCR-SQL2 | 10 |")
        .contains("Lucene measured one query of every kind in turn;")
        .contains("## Edit to searchable")
        .contains("## Goals");
    assertThat(markdown.lines().filter(l -> l.contains("| Lucene |") || l.contains("| JCR-SQL2 |")))
        .hasSize(2 * Kind.values().length)
        .allMatch(l -> l.matches(".*\\| \\d+ \\| [0-9.,]+ \\| [0-9.,]+ \\| .*"));
  }
}
