package no.selvhjelp.finder.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports that run in the background and can be watched: one named thread runs them in the order
 * they came (the store takes one writer at a time anyway), and the latest {@value #KEPT} jobs stay
 * readable. At most {@value #MAX_WAITING} wait behind the running one, since each holds its whole
 * body (up to 32 MiB); one more is refused with {@link QueueFullException}. Jobs live in memory: a
 * restart forgets them, but never half-stores one, since each import is still one save.
 */
public final class ImportJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
  static final int KEPT = 100;

  /** Four waiting and one running: at most about 160 MiB of bodies held for imports. */
  public static final int MAX_WAITING = 4;

  /** The queue is full: nothing was queued; try again once a job has finished. */
  public static final class QueueFullException extends RuntimeException {
    public QueueFullException() {
      super(MAX_WAITING + " imports are already waiting; try again when one has finished");
    }
  }

  /**
   * What a client sees of a job. {@code imported} once it succeeded, {@code errors} if it failed.
   */
  public record Status(
      String id,
      String state,
      String phase,
      int processed,
      int total,
      ImportCounts imported,
      List<Problem> errors,
      Integer omittedErrors,
      Instant created,
      Instant finished) {}

  private final ThreadPoolExecutor runner;
  private final Clock clock;
  private final Map<String, Job> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
          return size() > KEPT;
        }
      };

  public ImportJobs(Clock clock) {
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.runner =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(MAX_WAITING),
            r -> {
              Thread t = new Thread(r, "selvhjelp-import-job-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Queues an import; {@code work} gets the job's progress and returns what it stored.
   *
   * @throws QueueFullException if {@value #MAX_WAITING} jobs are already waiting
   */
  public Status submit(Function<ImportProgress, ImportCounts> work) {
    Job job = new Job(UUID.randomUUID().toString(), clock.instant());
    synchronized (jobs) {
      try {
        runner.execute(() -> job.run(work));
      } catch (RejectedExecutionException e) {
        throw new QueueFullException();
      }
      jobs.put(job.id, job);
    }
    return job.status();
  }

  public Optional<Status> status(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id)).map(Job::status);
    }
  }

  /**
   * Drops queued jobs (marked failed: they never started) and lets a running one finish, since
   * interrupting it mid-save would only turn a good import into a failed one.
   */
  @Override
  public void close() throws InterruptedException {
    runner.getQueue().clear();
    synchronized (jobs) {
      jobs.values().forEach(Job::cancelIfQueued);
    }
    runner.shutdown();
    if (!runner.awaitTermination(60, TimeUnit.SECONDS)) {
      LOG.warn("An import job was still running after 60 s at shutdown; interrupting it");
      runner.shutdownNow();
    }
  }

  private final class Job implements ImportProgress {
    private final String id;
    private final Instant created;
    private volatile String state = "queued";
    private volatile String phase;
    private volatile int total;
    private final AtomicInteger processed = new AtomicInteger();
    private volatile ImportCounts imported;
    private volatile List<Problem> errors;
    private volatile Integer omitted;
    private volatile Instant finished;

    Job(String id, Instant created) {
      this.id = id;
      this.created = created;
    }

    synchronized void cancelIfQueued() {
      if (state.equals("queued")) {
        errors = List.of(new Problem(null, null, null, "the server stopped before it ran"));
        state = "failed";
        finished = clock.instant();
      }
    }

    void run(Function<ImportProgress, ImportCounts> work) {
      synchronized (this) {
        if (!state.equals("queued")) {
          return;
        }
        state = "running";
      }
      try {
        imported = work.apply(this);
        state = "succeeded";
      } catch (InvalidInputException e) {
        errors = e.problems();
        omitted = e.omitted() == 0 ? null : e.omitted();
        state = "failed";
      } catch (RuntimeException e) {
        LOG.warn("Import job {} failed: {}", id, e.toString());
        errors =
            List.of(new Problem(null, null, null, "the repository failed; nothing was stored"));
        state = "failed";
      } finally {
        finished = clock.instant();
      }
    }

    @Override
    public void phase(String name, int steps) {
      processed.set(0);
      total = steps;
      phase = name;
    }

    @Override
    public void step() {
      processed.incrementAndGet();
    }

    Status status() {
      return new Status(
          id, state, phase, processed.get(), total, imported, errors, omitted, created, finished);
    }
  }
}
