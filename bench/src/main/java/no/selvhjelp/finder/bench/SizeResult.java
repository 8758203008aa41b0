package no.selvhjelp.finder.bench;

import java.time.Duration;
import java.util.Map;

/**
 * Everything measured at one size, in one repository and index.
 *
 * @param load importing all groups in batches (the import indexes synchronously, so this includes
 *     indexing)
 * @param indexBytesAfterLoad the index as the batch imports left it (several segments)
 * @param indexBytesAfterRebuild the same content freshly rebuilt
 * @param heapBefore heap after GC before this size's repository was created
 * @param heapLoaded heap after GC with the repository, the engine and their caches loaded and
 *     queried (the in-memory repository holds all content and Jackrabbit's own index in the heap)
 * @param heapWithoutEngine heap after GC once the engine is closed, the repository still open; the
 *     difference to {@code heapLoaded} is the engine's share
 * @param luceneCollections garbage collections while Lucene's samples were taken (forced ones
 *     between blocks not counted): each pauses the search it falls into
 */
public record SizeResult(
    int groups,
    Duration load,
    Duration rebuild,
    long indexBytesAfterLoad,
    long indexBytesAfterRebuild,
    long heapBefore,
    long heapLoaded,
    long heapWithoutEngine,
    Map<QueryMix.Kind, KindResult> queries,
    long luceneCollections,
    EditLatency.Result editByImport,
    EditLatency.Result editByJcrSession) {

  public SizeResult {
    queries = Map.copyOf(queries);
  }

  /** One query kind on both engines. */
  public record KindResult(Latency lucene, Latency jcr) {
    /** How many times more queries per second Lucene answers: the same work, per time. */
    public double speedup() {
      return lucene.perSecond() / jcr.perSecond();
    }

    public double p50Speedup() {
      return (double) jcr.p50Nanos() / lucene.p50Nanos();
    }
  }

  public long engineHeap() {
    return heapLoaded - heapWithoutEngine;
  }

  public double loadPerSecond() {
    return groups / (load.toNanos() / 1e9);
  }

  /** The smallest speed-up over the visitors' three kinds: the goal has to hold for each. */
  public double minSpeedup() {
    return QueryMix.Kind.VISITOR.stream()
        .mapToDouble(k -> queries.get(k).speedup())
        .min()
        .orElse(Double.NaN);
  }

  public long maxLuceneP50Nanos() {
    return QueryMix.Kind.VISITOR.stream()
        .mapToLong(k -> queries.get(k).lucene().p50Nanos())
        .max()
        .orElse(0);
  }

  public long maxLuceneP99Nanos() {
    return QueryMix.Kind.VISITOR.stream()
        .mapToLong(k -> queries.get(k).lucene().p99Nanos())
        .max()
        .orElse(0);
  }

  /** What a hostile text search costs on Lucene, in normal text searches, at p50. */
  public double hostileP50Ratio() {
    return (double) lucene(QueryMix.Kind.HOSTILE).p50Nanos()
        / lucene(QueryMix.Kind.TEXT).p50Nanos();
  }

  /** The same at p99. */
  public double hostileP99Ratio() {
    return (double) lucene(QueryMix.Kind.HOSTILE).p99Nanos()
        / lucene(QueryMix.Kind.TEXT).p99Nanos();
  }

  private Latency lucene(QueryMix.Kind kind) {
    return queries.get(kind).lucene();
  }

  public long maxEditP99Nanos() {
    return Math.max(editByImport.latency().p99Nanos(), editByJcrSession.latency().p99Nanos());
  }
}
