package no.selvhjelp.finder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The coverage benchmark runs end to end at a tiny size, so it cannot rot unnoticed. */
class CoverageBenchmarkSmokeTest {
  @Test
  @Timeout(300) // a guard against a hang, not a speed check
  void aTinyRunTimesCoverageAndItsSearchBaseline() throws Exception {
    CoverageBenchmark.Result r =
        CoverageBenchmark.run(
            300, 20, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(r.coverage().count()).isEqualTo(20);
    assertThat(r.search().count()).isEqualTo(20);
    assertThat(r.coverage().p50Nanos()).isPositive();
    assertThat(r.markdown()).contains("| coverage |", "| filter-only search (baseline) |");
  }
}
