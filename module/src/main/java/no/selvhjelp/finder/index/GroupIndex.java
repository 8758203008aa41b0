package no.selvhjelp.finder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.index.DirectoryReader;
import no.selvhjelp.finder.shaded.lucene.index.IndexWriter;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.SegmentInfos;
import no.selvhjelp.finder.shaded.lucene.index.StoredFields;
import no.selvhjelp.finder.shaded.lucene.index.Term;
import no.selvhjelp.finder.shaded.lucene.store.ByteBuffersDirectory;
import no.selvhjelp.finder.shaded.lucene.store.Directory;
import no.selvhjelp.finder.shaded.lucene.store.FSDirectory;
import no.selvhjelp.finder.shaded.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of groups: one writer, one SearcherManager, kept equal to the repository. JCR is
 * the source of truth, so the index can always be rebuilt from it. Under {@code <data>/index} each
 * build lives in its own {@code gen-N} folder and a {@code CURRENT} file names the live one, so a
 * rebuild never disturbs the index that is serving.
 */
public final class GroupIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupIndex.class);
  private static final String CURRENT = "CURRENT";

  private final Path root; // null: in memory
  private final Analysis analysis;
  private final FacetsConfig facets;
  private final GroupDocuments documents;
  // Held while the index is written or swapped: one writer of the live generation at a time.
  private final ReentrantLock writeLock = new ReentrantLock();
  private final AtomicLong generationCounter = new AtomicLong();
  private volatile Generation live;
  private volatile boolean needsRebuild;
  // For operators (metrics): how often the index was rebuilt, and how long the last one took.
  private final AtomicLong rebuilds = new AtomicLong();
  private volatile long lastRebuildNanos = -1;

  private GroupIndex(Path root, Analysis analysis, FacetsConfig facets, GroupDocuments documents) {
    this.root = root;
    this.analysis = analysis;
    this.facets = facets;
    this.documents = documents;
  }

  /**
   * Opens the index under {@code root} (null for memory). A missing, corrupt or older-schema index
   * is replaced by an empty one and flagged, so the caller rebuilds it from JCR.
   */
  public static GroupIndex open(
      Path root, Analysis analysis, GroupDocuments documents, FacetsConfig facets)
      throws IOException {
    GroupIndex index = new GroupIndex(root, analysis, facets, documents);
    index.live = index.openLive();
    return index;
  }

  public boolean needsRebuild() {
    return needsRebuild;
  }

  public Analysis analysis() {
    return analysis;
  }

  public FacetsConfig facetsConfig() {
    return facets;
  }

  /** A searcher on the live generation; close the lease when done. */
  public SearcherLease lease() throws IOException {
    while (true) {
      Generation g = live;
      try {
        return g.lease();
      } catch (no.selvhjelp.finder.shaded.lucene.store.AlreadyClosedException e) {
        if (g == live) {
          throw e; // closed for good: the index is shutting down
        }
        // swapped between reading `live` and leasing: take the new one
      }
    }
  }

  /** Applies changes, loading each group's current state; then commits and refreshes. */
  public void apply(List<IndexChange> changes, Function<String, Optional<Group>> loader)
      throws IOException {
    writeLock.lock();
    try {
      IndexWriter writer = live.writer;
      for (IndexChange c : changes) {
        // The repository decides: whatever the events said, index what is there now.
        Optional<Group> group = loader.apply(c.id());
        if (group.isPresent()) {
          writer.updateDocument(
              new Term(LuceneSchema.ID, c.id()), documents.toDocument(group.get()));
        } else {
          writer.deleteDocuments(new Term(LuceneSchema.ID, c.id()));
        }
      }
      commit(writer);
      live.searchers.maybeRefreshBlocking();
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Builds a complete new generation from the store and swaps it in. Searches keep using the old
   * one until the swap; changes wait for the write lock and are applied to the new one after.
   */
  public long rebuild(ContentStore store, AtomicLong progress) throws IOException {
    writeLock.lock();
    try {
      long started = System.nanoTime();
      Generation fresh = newGeneration();
      boolean success = false;
      try {
        long[] count = {0};
        store.forEachGroup(
            g -> {
              try {
                fresh.writer.addDocument(documents.toDocument(g));
                count[0]++;
                progress.incrementAndGet();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
        commit(fresh.writer);
        fresh.searchers.maybeRefreshBlocking();
        swap(fresh);
        success = true;
        needsRebuild = false;
        rebuilds.incrementAndGet();
        lastRebuildNanos = System.nanoTime() - started;
        LOG.info(
            "Rebuilt the index: {} groups in {} ms",
            count[0],
            (System.nanoTime() - started) / 1_000_000);
        return count[0];
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        if (!success) {
          fresh.retire(true);
        }
      }
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Makes the live index equal to the store by content hash: re-indexes groups whose document is
   * missing or stale and deletes documents of groups that are gone. Cheap when little differs,
   * which is the case after a crash between a JCR save and the index commit.
   */
  public int reconcile(ContentStore store) throws IOException {
    writeLock.lock();
    try {
      Map<String, String> indexed = indexedHashes();
      int[] changed = {0};
      IndexWriter writer = live.writer;
      store.forEachGroup(
          g -> {
            String hash = indexed.remove(g.id());
            if (!GroupDocuments.hash(g).equals(hash)) {
              try {
                writer.updateDocument(new Term(LuceneSchema.ID, g.id()), documents.toDocument(g));
                changed[0]++;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
      for (String gone : indexed.keySet()) {
        writer.deleteDocuments(new Term(LuceneSchema.ID, gone));
        changed[0]++;
      }
      commit(writer);
      live.searchers.maybeRefreshBlocking();
      return changed[0];
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      writeLock.unlock();
    }
  }

  /** id → content hash of every live document. */
  public Map<String, String> indexedHashes() throws IOException {
    Map<String, String> result = new HashMap<>();
    try (SearcherLease lease = lease()) {
      for (LeafReaderContext leaf : lease.searcher().getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, java.util.Set.of(LuceneSchema.ID, LuceneSchema.HASH));
            result.put(d.get(LuceneSchema.ID), d.get(LuceneSchema.HASH));
          }
        }
      }
    }
    return result;
  }

  public long size() throws IOException {
    try (SearcherLease lease = lease()) {
      return lease.searcher().getIndexReader().numDocs();
    }
  }

  /** Completed rebuilds since this index was opened (at start and on request). */
  public long rebuildCount() {
    return rebuilds.get();
  }

  /** Seconds the last completed rebuild took; negative if there was none. */
  public double lastRebuildSeconds() {
    long nanos = lastRebuildNanos;
    return nanos < 0 ? -1 : nanos / 1e9;
  }

  /** Bytes on disk of the live generation (0 in memory). */
  public long sizeOnDisk() throws IOException {
    Generation g = live;
    long total = 0;
    for (String file : g.directory.listAll()) {
      total += g.directory.fileLength(file);
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    writeLock.lock();
    try {
      live.retire(false);
    } finally {
      writeLock.unlock();
    }
  }

  private void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(
        Map.of(LuceneSchema.SCHEMA_KEY, String.valueOf(LuceneSchema.VERSION)).entrySet());
    writer.commit();
  }

  private void swap(Generation fresh) throws IOException {
    Generation old = live;
    if (root != null) {
      Path tmp = root.resolve(CURRENT + ".tmp");
      Files.writeString(tmp, fresh.path.getFileName().toString());
      Files.move(
          tmp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    live = fresh;
    old.retire(true); // closed and deleted when the last search on it is done
  }

  private Generation openLive() throws IOException {
    if (root == null) {
      needsRebuild = true;
      return Generation.open(new ByteBuffersDirectory(), null, analysis.indexAnalyzer(), facets);
    }
    Files.createDirectories(root);
    Path current = currentPath();
    if (current != null && Files.isDirectory(current) && healthy(current)) {
      generationCounter.set(number(current));
      deleteOtherGenerations(current); // left over by a rebuild that a crash cut short
      return Generation.open(FSDirectory.open(current), current, analysis.indexAnalyzer(), facets);
    }
    LOG.warn("No usable index at {}: it will be rebuilt from the repository", root);
    needsRebuild = true;
    Generation fresh = newGeneration();
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, fresh.path.getFileName().toString());
    Files.move(
        tmp,
        root.resolve(CURRENT),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    // The unusable generation (older schema, corrupt) is never read again: the repository is
    // the source the new one is rebuilt from. Left in place, each schema change would keep one.
    deleteOtherGenerations(fresh.path);
    return fresh;
  }

  /** Readable, and written by this schema version. Anything else means rebuild. */
  private static boolean healthy(Path dir) {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return false;
      }
      SegmentInfos infos = SegmentInfos.readLatestCommit(d);
      if (!String.valueOf(LuceneSchema.VERSION)
          .equals(infos.getUserData().get(LuceneSchema.SCHEMA_KEY))) {
        LOG.warn(
            "Index at {} has schema {}, this version needs {}",
            dir,
            infos.getUserData().get(LuceneSchema.SCHEMA_KEY),
            LuceneSchema.VERSION);
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        return reader.maxDoc() >= 0;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Index at {} cannot be read ({}): it will be rebuilt", dir, e.toString());
      return false;
    }
  }

  private void deleteOtherGenerations(Path keep) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(keep))
          .forEach(GroupIndex::deleteQuietly);
    }
  }

  private Generation newGeneration() throws IOException {
    if (root == null) {
      return Generation.open(new ByteBuffersDirectory(), null, analysis.indexAnalyzer(), facets);
    }
    long n = nextNumber();
    Path dir = root.resolve("gen-" + n);
    deleteQuietly(dir);
    Files.createDirectories(dir);
    return Generation.open(FSDirectory.open(dir), dir, analysis.indexAnalyzer(), facets);
  }

  private long nextNumber() throws IOException {
    long max = generationCounter.get();
    try (Stream<Path> dirs = Files.list(root)) {
      max =
          Math.max(
              max,
              dirs.filter(p -> p.getFileName().toString().startsWith("gen-"))
                  .mapToLong(GroupIndex::number)
                  .max()
                  .orElse(0));
    }
    generationCounter.set(max + 1);
    return max + 1;
  }

  private Path currentPath() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.exists(pointer)) {
      return null;
    }
    String name = Files.readString(pointer).strip();
    return name.matches("gen-\\d+") ? root.resolve(name) : null;
  }

  private static long number(Path genDir) {
    try {
      return Long.parseLong(genDir.getFileName().toString().substring(4));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", dir, e.toString());
    }
  }
}
