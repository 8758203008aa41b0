package no.selvhjelp.finder.server.ops;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.selvhjelp.finder.rest.Route;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;

/**
 * Runs the searches on threads of their own, one per core, instead of on the HTTP workers (issue
 * 13). Grizzly asks this, on its selector thread, where to run each request it has read.
 *
 * <p>Why: with 32 workers, every search woke a parked worker, which parked again to wait for a
 * core's turn ({@link SearchSlots}) and was woken once more when the turn came: on this machine's
 * virtual cores each hand-off is a system call, often with an interrupt to the other core, and a
 * core stood idle from one search giving its turn back until the next waiter ran. A {@code perf}
 * profile under the load mix put those waits and wake-ups at about a tenth of the server's CPU per
 * search. As many threads as cores take the searches from one queue, one after the other, and sleep
 * only when there is none: in every pair of runs measured, the mix was answered 8 to 54% more
 * often, with about half the p99 (docs/benchmarks.md, section 2, "Searches on threads of their
 * own").
 *
 * <p>A search thread must never wait for long, or the cores stand idle while searches queue. So a
 * search goes to the workers, as before, when its address already runs as many searches as it may
 * or owes search time ({@link SearchSlots#wouldWait}): there it waits as it always did, and takes a
 * core's turn when it may run. Everything else stays on the workers too: pages other than searches,
 * every write and import (their bodies may arrive slowly), the admin API. A search that comes to
 * wait here all the same (its address started another search or was charged one after it was
 * routed) waits about as long as a search takes.
 *
 * <p>The routes are read from the raw path ({@link Route#ofPath}), before Jersey has matched
 * anything: a search that is spelled otherwise (an encoded letter) simply runs on a worker.
 */
public final class SearchThreads implements RequestExecutorProvider, AutoCloseable {
  private static final RequestExecutorProvider WORKERS =
      new RequestExecutorProvider.WorkerThreadProvider();

  private final ExecutorService threads;
  private final SearchSlots slots;
  private final boolean trustProxy;

  /**
   * @param count how many searches run at once on these threads: the cores
   * @param slots the per-address limits the searches are held to; null when there are none
   * @param trustProxy whether the client's address is read from {@code X-Forwarded-For}, as {@link
   *     ObservingHandler} reads it
   */
  public SearchThreads(int count, SearchSlots slots, boolean trustProxy) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one search thread");
    }
    this.threads = Executors.newFixedThreadPool(count, named());
    this.slots = slots;
    this.trustProxy = trustProxy;
  }

  @Override
  public Executor getExecutor(Request request) {
    Executor workers = WORKERS.getExecutor(request);
    if (workers == null || !isSearch(request)) {
      return workers; // null: already on a worker, where Grizzly runs it in place
    }
    if (slots != null
        && slots.wouldWait(
            ClientAddress.resolve(
                request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustProxy))) {
      return workers;
    }
    return threads;
  }

  private static boolean isSearch(Request request) {
    Method method = request.getMethod();
    return (method == Method.GET || method == Method.HEAD)
        && SearchRateLimitFilter.SEARCHES.contains(
            Route.ofPath(request.getRequestURI()).template());
  }

  private static ThreadFactory named() {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "selvhjelp-search-" + number.incrementAndGet());
      // The server stops its listener, and so lets the searches in flight finish, before it
      // closes these; a daemon thread cannot keep a crashed server's process alive.
      thread.setDaemon(true);
      return thread;
    };
  }

  /** After the server has stopped: lets a search still running finish (up to 5 s). */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
