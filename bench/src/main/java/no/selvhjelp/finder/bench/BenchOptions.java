package no.selvhjelp.finder.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run does. Counts are per query kind and per engine, so both engines answer the
 * same query list the same number of times, except where the JCR baseline's time budget stops it
 * earlier (it takes ~100 ms and more per query at 100k groups); the report gives every count.
 *
 * @param sizes numbers of synthetic groups, one fresh repository and index each
 * @param queries measured queries per kind per engine
 * @param warmup unmeasured queries per kind per engine before measuring
 * @param edits measured edits per edit path
 * @param baselineBudget per kind, the JCR baseline stops measuring after this long (at the end of a
 *     round through the query list), but never before {@link #baselineMinQueries()}
 * @param out where to write the markdown report; null for standard output only
 * @param kindBlocks measure Lucene kind by kind, each kind's queries in one block, instead of one
 *     query of every kind in turn (see {@link QueryTimer#interleaved}); kept to compare with runs
 *     before 2026-12-04, which measured that way
 */
public record BenchOptions(
    List<Integer> sizes,
    int queries,
    int warmup,
    int edits,
    Duration baselineBudget,
    Path out,
    boolean kindBlocks) {

  static final String USAGE =
      """
      java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -jar bench/target/selvhjelp-bench.jar [options]
        --sizes 1000,10000,100000   numbers of synthetic groups (default as shown)
        --queries N                 measured queries per kind per engine (default 200)
        --warmup N                  warm-up queries per kind per engine (default 300)
        --edits N                   measured edits per edit path (default 100)
        --baseline-seconds S        time budget per kind for the JCR baseline (default 60);
                                    it still runs at least 30 queries (or --queries if fewer)
        --out FILE                  also write the markdown report to FILE
        --order interleaved|blocks  Lucene measured one query of every kind in turn (default),
                                    or kind by kind in blocks (as before 2026-12-04)
      """;

  public BenchOptions {
    sizes = List.copyOf(sizes);
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("--sizes needs positive numbers");
    }
    if (queries < 1 || warmup < 0 || edits < 1) {
      throw new IllegalArgumentException("--queries and --edits must be > 0, --warmup >= 0");
    }
  }

  public static BenchOptions defaults() {
    return new BenchOptions(
        List.of(1_000, 10_000, 100_000), 200, 300, 100, Duration.ofSeconds(60), null, false);
  }

  /** The JCR baseline runs at least this many queries per kind, whatever its budget. */
  public int baselineMinQueries() {
    return Math.min(30, queries);
  }

  public static BenchOptions parse(String... args) {
    BenchOptions o = defaults();
    List<Integer> sizes = o.sizes;
    int queries = o.queries;
    int warmup = o.warmup;
    int edits = o.edits;
    Duration budget = o.baselineBudget;
    Path out = o.out;
    boolean kindBlocks = o.kindBlocks;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value for " + name);
      }
      String value = args[++i];
      switch (name) {
        case "--sizes" -> sizes = sizes(value);
        case "--queries" -> queries = number(name, value);
        case "--warmup" -> warmup = number(name, value);
        case "--edits" -> edits = number(name, value);
        case "--baseline-seconds" -> budget = Duration.ofSeconds(number(name, value));
        case "--out" -> out = Path.of(value);
        case "--order" -> kindBlocks = order(value);
        default -> throw new IllegalArgumentException("Unknown option " + name);
      }
    }
    return new BenchOptions(sizes, queries, warmup, edits, budget, out, kindBlocks);
  }

  private static boolean order(String value) {
    return switch (value) {
      case "interleaved" -> false;
      case "blocks" -> true;
      default ->
          throw new IllegalArgumentException(
              "--order needs 'interleaved' or 'blocks', not '" + value + "'");
    };
  }

  private static List<Integer> sizes(String value) {
    List<Integer> result = new ArrayList<>();
    for (String part : value.split(",")) {
      result.add(number("--sizes", part.strip().replace("_", "")));
    }
    return result;
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, not '" + value + "'");
    }
  }
}
