package no.selvhjelp.finder.bench;

import java.util.Arrays;

/**
 * Summary of measured samples. Percentiles are nearest-rank on the sorted samples, so p99 of fewer
 * than 100 samples is the slowest one; {@link #count()} says how many there were.
 *
 * @param perSecond samples per second of wall time over the whole measured run
 * @param meanMatches mean total matches per query (how much work each answer was), or -1
 * @param allocatedBytes mean bytes the measuring thread allocated per sample, or -1 where not
 *     measured: what a search leaves for the garbage collector, whose pauses make the p99
 */
public record Latency(
    int count,
    long p50Nanos,
    long p99Nanos,
    long meanNanos,
    double perSecond,
    double meanMatches,
    double allocatedBytes) {

  static Latency of(long[] samples, long wallNanos, double meanMatches) {
    return of(samples, wallNanos, meanMatches, -1);
  }

  static Latency of(long[] samples, long wallNanos, double meanMatches, double allocatedBytes) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("No samples");
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    long sum = 0;
    for (long s : sorted) {
      sum += s;
    }
    return new Latency(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 99),
        sum / sorted.length,
        sorted.length / (wallNanos / 1e9),
        meanMatches,
        allocatedBytes);
  }

  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  public double p50Millis() {
    return p50Nanos / 1e6;
  }

  public double p99Millis() {
    return p99Nanos / 1e6;
  }

  public double meanMillis() {
    return meanNanos / 1e6;
  }
}
