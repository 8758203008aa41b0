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
import org.glassfish.grizzly.threadpool.Threads;

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
 * only when there is none: in every pair of runs measured, the mix was answered 4 to 56% more
 * often, with a p99 of 0.35 to 0.6 times the old one (docs/benchmarks.md, section 2, "Searches on
 * threads of their own").
 *
 * <p>A search thread must not wait for long, or a core stands idle while searches queue. So a
 * search goes to the workers, as before, when its address already runs as many searches as it may
 * or owes search time ({@link SearchSlots#wouldWait}), asked when the search is read and again when
 * a search thread takes it: there it waits as it always did, and takes a core's turn when it may
 * run. Everything else runs on the workers, a request pipelined behind a search included: pages
 * other than searches, every write and import (their bodies may arrive slowly), the admin API. What
 * a search thread may still wait for: a core's turn, which searches on the workers take too (each
 * held for one search's computing), and, where an address may run fewer searches at once than there
 * are cores, one of its own searches to finish.
 *
 * <p>The routes are read from the raw path ({@link Route#ofPath}), before Jersey has matched
 * anything: a search that is spelled otherwise (an encoded letter) simply runs on a worker.
 */
public final class SearchThreads implements RequestExecutorProvider, AutoCloseable {
  private final ExecutorService threads;
  private final SearchSlots slots;
  private final boolean trustProxy;

  /** A thread of this pool, so that a request that comes to it next is recognised. */
  private static final class SearchThread extends Thread {
    SearchThread(Runnable task, String name) {
      super(task, name);
    }
  }

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

  /**
   * Grizzly asks on its selector thread for a request it has just read, and on the thread that
   * answered the connection's last request for one the client sent behind it (pipelined).
   */
  @Override
  public Executor getExecutor(Request request) {
    boolean onSearchThread = Thread.currentThread() instanceof SearchThread;
    if (!Threads.isService() && !onSearchThread) {
      return null; // on a worker: Grizzly runs the next request in place, as it always has
    }
    Executor workers = request.getContext().getConnection().getTransport().getWorkerThreadPool();
    if (!isSearch(request)) {
      return workers; // never in place on a search thread: its body may be slow to come
    }
    String address =
        ClientAddress.resolve(
            request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustProxy);
    // Resolved once: ObservingHandler and the limits read it from here.
    request.setAttribute(ClientAddress.ATTRIBUTE, address);
    return forSearch(address, workers);
  }

  /**
   * Where a search of this address runs: on the workers if it would wait now, else on a search
   * thread, unless it would wait by the time a search thread takes it (the address may have started
   * or been charged a search while this one was queued: a burst arrives all at once), and then on
   * the workers too.
   */
  Executor forSearch(String address, Executor workers) {
    if (wouldWait(address)) {
      return workers;
    }
    return task ->
        threads.execute(
            () -> {
              if (wouldWait(address)) {
                workers.execute(task);
              } else {
                task.run();
              }
            });
  }

  private boolean wouldWait(String address) {
    return slots != null && slots.wouldWait(address);
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
      Thread thread = new SearchThread(task, "selvhjelp-search-" + number.incrementAndGet());
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
