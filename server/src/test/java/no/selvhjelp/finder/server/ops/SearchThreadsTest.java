package no.selvhjelp.finder.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where {@link SearchThreads} runs a search: the routing behind the HTTP tests in {@code
 * RequestBodyLimitsTest}, with real threads and {@link SearchSlots}, and a pool standing in for
 * Grizzly's workers.
 */
class SearchThreadsTest {
  private static final String BURST = "203.0.113.66";
  private static final String OTHER = "198.51.100.23";

  private final ExecutorService workers =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-worker"));

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  @Test
  void aSearchWhoseAddressStartedAllItsSearchesWhileItWasQueuedRunsOnAWorker() throws Exception {
    SearchSlots slots = new SearchSlots(1, 4, TimeUnit.MINUTES.toMillis(1));
    try (SearchThreads threads = new SearchThreads(2, slots, false)) {
      // A burst: both searches are read before either has started, so both are queued for the
      // search threads.
      Executor first = threads.forSearch(BURST, workers);
      Executor second = threads.forSearch(BURST, workers);
      assertThat(first).isNotSameAs(workers);
      assertThat(second).isNotSameAs(workers);

      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      CompletableFuture<String> firstThread = new CompletableFuture<>();
      first.execute(
          () -> {
            try (SearchSlots.Slot slot = slots.acquire(BURST)) {
              firstThread.complete(Thread.currentThread().getName());
              started.countDown();
              finish.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
      assertThat(firstThread.get()).startsWith("selvhjelp-search-");

      // Its address now runs all the searches it may at once: the second would wait for the
      // first, so the search thread that takes it hands it to the workers.
      assertThat(threadThatRuns(second)).isEqualTo("test-worker");
      // Read now, it goes to the workers at once.
      assertThat(threads.forSearch(BURST, workers)).isSameAs(workers);
      // Another address's search still runs on a search thread.
      assertThat(threadThatRuns(threads.forSearch(OTHER, workers))).startsWith("selvhjelp-search-");

      finish.countDown();
      waitUntilNothingInFlight(slots, BURST);
      assertThat(threadThatRuns(threads.forSearch(BURST, workers)))
          .as("the first search has finished")
          .startsWith("selvhjelp-search-");
    }
  }

  @Test
  void withoutPerAddressLimitsEverySearchRunsOnASearchThread() throws Exception {
    try (SearchThreads threads = new SearchThreads(1, null, false)) {
      assertThat(threadThatRuns(threads.forSearch(BURST, workers))).isEqualTo("selvhjelp-search-1");
    }
  }

  private static String threadThatRuns(Executor executor) throws Exception {
    CompletableFuture<String> name = new CompletableFuture<>();
    executor.execute(() -> name.complete(Thread.currentThread().getName()));
    return name.get(1, TimeUnit.MINUTES);
  }

  /** Waits on the condition, never a fixed time; a minute at most. */
  private static void waitUntilNothingInFlight(SearchSlots slots, String address) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (slots.inFlight(address) > 0) {
      assertThat(System.nanoTime()).as("waited a minute").isLessThan(deadline);
      Thread.onSpinWait();
      Thread.yield();
    }
  }
}
