package no.selvhjelp.finder.index;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import no.selvhjelp.finder.api.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from the repository in the background, into a fresh directory that is swapped
 * in when complete. Reads keep being served by the old index throughout. One at a time.
 */
public final class Reindexer {
  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

  /** What an operator sees: state, progress, timing, and the error if it failed. */
  public record Status(
      String state, long done, long total, Instant started, Instant finished, String error) {}

  private final GroupIndex index;
  private final ContentStore store;
  private final AtomicLong done = new AtomicLong();
  private final AtomicReference<Status> status =
      new AtomicReference<>(new Status("idle", 0, 0, null, null, null));

  public Reindexer(GroupIndex index, ContentStore store) {
    this.index = index;
    this.store = store;
  }

  /** Starts a rebuild unless one is running; returns the status either way. */
  public synchronized Status start() {
    if ("running".equals(status.get().state())) {
      return status();
    }
    long total = store.groupCount();
    done.set(0);
    Instant started = Instant.now();
    status.set(new Status("running", 0, total, started, null, null));
    Thread t =
        new Thread(
            () -> {
              try {
                long count = index.rebuild(store, done);
                status.set(new Status("done", count, total, started, Instant.now(), null));
              } catch (Exception e) {
                LOG.error("Reindex failed; the previous index keeps serving", e);
                status.set(
                    new Status("failed", done.get(), total, started, Instant.now(), e.toString()));
              }
            },
            "selvhjelp-reindex");
    t.setDaemon(true);
    t.start();
    return status();
  }

  public Status status() {
    Status s = status.get();
    return "running".equals(s.state())
        ? new Status(s.state(), done.get(), s.total(), s.started(), null, null)
        : s;
  }
}
