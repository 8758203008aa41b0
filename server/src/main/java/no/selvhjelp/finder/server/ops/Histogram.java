package no.selvhjelp.finder.server.ops;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram: cumulative counts per upper bound (seconds), a sum and a count. */
final class Histogram {
  /** From 0.5 ms (a cached term) to 5 s (something is wrong); search should sit near the left. */
  static final double[] SEARCH_BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5
  };

  private final double[] bounds;
  private final LongAdder[] counts;
  private final LongAdder count = new LongAdder();
  private final DoubleAdder sum = new DoubleAdder();

  Histogram(double[] bounds) {
    this.bounds = bounds.clone();
    this.counts = new LongAdder[bounds.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  void observe(double seconds) {
    for (int i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]) {
        counts[i].increment();
        break;
      }
    }
    count.increment();
    sum.add(seconds);
  }

  /** Writes the bucket, sum and count lines, with {@code labels} (e.g. {@code endpoint="x"}). */
  void write(StringBuilder out, String name, String labels) {
    long cumulative = 0;
    for (int i = 0; i < bounds.length; i++) {
      cumulative += counts[i].sum();
      out.append(name)
          .append("_bucket{")
          .append(labels)
          .append(",le=\"")
          .append(bounds[i])
          .append("\"} ")
          .append(cumulative)
          .append('\n');
    }
    long total = count.sum();
    out.append(name)
        .append("_bucket{")
        .append(labels)
        .append(",le=\"+Inf\"} ")
        .append(total)
        .append('\n');
    out.append(name).append("_sum{").append(labels).append("} ").append(sum.sum()).append('\n');
    out.append(name).append("_count{").append(labels).append("} ").append(total).append('\n');
  }
}
