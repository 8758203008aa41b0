package no.selvhjelp.finder.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;

/**
 * Times one engine on one list of queries, single-threaded and in process, going round the list so
 * every query is asked equally often. Each sample is one whole {@code GroupSearch.search} call: the
 * page of hits, the total, the facets (and, on Lucene, the highlight): the work the API does.
 */
final class QueryTimer {
  // Results flow here so that the JIT can never decide a search is unused.
  private static volatile long sink;

  private QueryTimer() {}

  /**
   * Runs up to {@code count} queries. With a budget, stops once it is spent, but only at the end of
   * a round through the list and not before {@code min} queries, so the mix stays the same.
   *
   * @return the samples' summary, or null if {@code count} is 0
   */
  static Latency run(
      GroupSearch search, List<GroupQuery> queries, int count, int min, Duration budget) {
    if (count == 0) {
      return null;
    }
    long[] samples = new long[count];
    long matches = 0;
    int done = 0;
    long allocatedBefore = allocatedByThisThread();
    long start = System.nanoTime();
    long deadline = budget == null ? Long.MAX_VALUE : start + budget.toNanos();
    while (done < count) {
      if (budget != null
          && done >= min
          && done % queries.size() == 0
          && System.nanoTime() - deadline > 0) {
        break;
      }
      GroupQuery q = queries.get(done % queries.size());
      long t0 = System.nanoTime();
      SearchResult r = search.search(q);
      long t1 = System.nanoTime();
      samples[done++] = t1 - t0;
      matches += r.total();
      sink += r.hits().size() + r.facets().size();
    }
    long wall = System.nanoTime() - start;
    long allocated = allocatedByThisThread() - allocatedBefore;
    return Latency.of(
        Arrays.copyOf(samples, done),
        wall,
        (double) matches / done,
        allocatedBefore < 0 ? -1 : (double) allocated / done);
  }

  /**
   * Runs {@code count} queries of every kind, one query of each kind in turn, the way a server sees
   * a stream in which visitors' kinds of search are mixed. Measured kind by kind in blocks (as
   * {@link #run} does), the first blocks after a warm-up of all kinds wandered by up to 2x in p50
   * between runs of the same code. This is the harsher measure: code every kind shares is shaped by
   * all of them, and p50s come out 5 to 30% above a good kind-by-kind run (docs/benchmarks.md,
   * "Fixed heap, one stream of every kind").
   *
   * @return per kind, in the order of {@code queries}, the summary of its own samples; its rate is
   *     per second of its own samples' time
   */
  static <K> Map<K, Latency> interleaved(
      GroupSearch search, Map<K, List<GroupQuery>> queries, int count) {
    List<K> kinds = List.copyOf(queries.keySet());
    long[][] samples = new long[kinds.size()][count];
    long[] matches = new long[kinds.size()];
    long[] allocated = new long[kinds.size()];
    boolean counted = allocatedByThisThread() >= 0;
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < kinds.size(); k++) {
        List<GroupQuery> list = queries.get(kinds.get(k));
        GroupQuery q = list.get(i % list.size());
        long a0 = allocatedByThisThread();
        long t0 = System.nanoTime();
        SearchResult r = search.search(q);
        long t1 = System.nanoTime();
        allocated[k] += allocatedByThisThread() - a0;
        samples[k][i] = t1 - t0;
        matches[k] += r.total();
        sink += r.hits().size() + r.facets().size();
      }
    }
    Map<K, Latency> result = new LinkedHashMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      result.put(
          kinds.get(k),
          Latency.of(
              samples[k],
              Arrays.stream(samples[k]).sum(),
              (double) matches[k] / count,
              counted ? (double) allocated[k] / count : -1));
    }
    return result;
  }

  /** Bytes this thread has allocated so far, or -1 where the JVM does not count them. */
  private static long allocatedByThisThread() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()
        && threads.isThreadAllocatedMemoryEnabled()) {
      return threads.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }
}
