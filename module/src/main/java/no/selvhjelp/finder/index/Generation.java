package no.selvhjelp.finder.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.selvhjelp.finder.shaded.lucene.analysis.Analyzer;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriterConfig;
import no.selvhjelp.finder.shaded.lucene.index.TieredMergePolicy;
import no.selvhjelp.finder.shaded.lucene.search.SearcherManager;
import no.selvhjelp.finder.shaded.lucene.store.Directory;
import no.selvhjelp.finder.shaded.lucene.util.IOUtils;

/**
 * One index directory with its single IndexWriter and SearcherManager. A rebuild creates a new
 * generation and swaps it in; the old one is closed only when the last search holding one of its
 * searchers has let go, so a swap never pulls files from under a running query.
 */
final class Generation {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Generation.class);

  final Directory directory;
  final Path path; // null when in memory
  final IndexWriter writer;
  final SearcherManager searchers;
  private final AtomicInteger leases = new AtomicInteger();
  private final AtomicBoolean retired = new AtomicBoolean();
  private volatile boolean deleteWhenClosed;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Generation(
      Directory directory, Path path, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.path = path;
    this.writer = writer;
    this.searchers = searchers;
  }

  static Generation open(Directory directory, Path path, Analyzer analyzer, FacetsConfig facets)
      throws IOException {
    IndexWriter writer = null;
    boolean success = false;
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              // Every change is committed when applied; closing (possibly after a swap deleted
              // this generation's folder) must not try to write again.
              .setCommitOnClose(false)
              .setMergePolicy(mergePolicy());
      writer = new IndexWriter(directory, config);
      SearcherManager searchers = new SearcherManager(writer, GroupSearcher.factory(facets));
      success = true;
      return new Generation(directory, path, writer, searchers);
    } finally {
      if (!success) {
        IOUtils.closeWhileHandlingException(writer, directory);
      }
    }
  }

  /**
   * Few segments: a text search looks up some hundred terms (every field family, synonyms,
   * compounds), once per segment, so at 10k groups ten segments cost several times one. The whole
   * index is a few MB, so merging more eagerly than Lucene's default costs little.
   */
  private static TieredMergePolicy mergePolicy() {
    TieredMergePolicy policy = new TieredMergePolicy();
    policy.setFloorSegmentMB(64);
    policy.setSegmentsPerTier(2);
    return policy;
  }

  /** A searcher held until {@link Lease#close()}; keeps this generation open meanwhile. */
  final class Lease implements SearcherLease {
    private final GroupSearcher searcher;

    private Lease(GroupSearcher searcher) {
      this.searcher = searcher;
    }

    @Override
    public GroupSearcher searcher() {
      return searcher;
    }

    @Override
    public void close() throws IOException {
      try {
        searchers.release(searcher);
      } finally {
        if (leases.decrementAndGet() == 0 && retired.get()) {
          closeQuietly(); // a finished search must not fail because a retired index closes
        }
      }
    }
  }

  Lease lease() throws IOException {
    leases.incrementAndGet();
    try {
      return new Lease((GroupSearcher) searchers.acquire());
    } catch (IOException | RuntimeException e) {
      leases.decrementAndGet();
      throw e;
    }
  }

  /**
   * No new leases will be taken; close as soon as the last one is returned.
   *
   * @param delete also delete this generation's folder once closed (it was replaced)
   */
  void retire(boolean delete) {
    deleteWhenClosed = delete;
    retired.set(true);
    if (leases.get() == 0) {
      closeQuietly();
    }
  }

  private void closeQuietly() {
    if (closed.compareAndSet(false, true)) {
      try {
        // Reverse order of opening: searchers, writer, directory.
        IOUtils.close(searchers, writer, directory);
      } catch (IOException | RuntimeException e) {
        LOG.warn("Closing index generation {} failed: {}", path, e.toString());
      }
      if (deleteWhenClosed && path != null) {
        GroupIndex.deleteQuietly(path);
      }
    }
  }
}
