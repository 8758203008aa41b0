package no.selvhjelp.finder.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.selvhjelp.finder.api.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes repository changes into the index, in batches: whatever queued up
 * while the last batch was applied is merged and applied together, then committed and made
 * searchable. The JCR listener only hands batches over, so it never waits on Lucene.
 */
public final class IndexUpdater implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
  private static final List<IndexChange> STOP = List.of();

  private final GroupIndex index;
  private final ContentStore store;
  private final Runnable afterApply;
  private final BlockingQueue<List<IndexChange>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  /**
   * @param afterApply run on this thread after each applied batch (e.g. schedule a suggester
   *     refresh)
   */
  public IndexUpdater(GroupIndex index, ContentStore store, Runnable afterApply) {
    this.index = index;
    this.store = store;
    this.afterApply = afterApply;
    this.thread = new Thread(this::run, "selvhjelp-indexer");
    this.thread.setDaemon(true);
  }

  public IndexUpdater start() {
    thread.start();
    return this;
  }

  /** Called from the JCR listener's thread; never blocks. */
  public void submit(List<IndexChange> changes) {
    if (!changes.isEmpty()) {
      queue.add(changes);
    }
  }

  public long appliedChanges() {
    return applied.get();
  }

  public long failedBatches() {
    return failures.get();
  }

  private void run() {
    while (true) {
      List<List<IndexChange>> batches = new ArrayList<>();
      try {
        batches.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batches);
      boolean stop = batches.removeIf(b -> b == STOP);
      List<IndexChange> merged = merge(batches);
      if (!merged.isEmpty()) {
        try {
          index.apply(merged, store::group);
          applied.addAndGet(merged.size());
          afterApply.run();
        } catch (Exception e) {
          // Keep serving; a later reconcile (at start, or a reindex) repairs what was missed.
          failures.incrementAndGet();
          LOG.error(
              "Could not index {} changed groups, e.g. {}", merged.size(), merged.get(0).id(), e);
        }
      }
      if (stop) {
        return;
      }
    }
  }

  private static List<IndexChange> merge(List<List<IndexChange>> batches) {
    Map<String, IndexChange> byId = new LinkedHashMap<>();
    for (List<IndexChange> batch : batches) {
      for (IndexChange c : batch) {
        byId.merge(c.id(), c, (a, b) -> a.kind().ordinal() <= b.kind().ordinal() ? a : b);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Applies what is queued, then stops the thread. */
  @Override
  public void close() throws InterruptedException {
    queue.add(STOP);
    thread.join(TimeUnit.SECONDS.toMillis(30));
  }
}
