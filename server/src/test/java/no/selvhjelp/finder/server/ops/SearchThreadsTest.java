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
      // Both search threads busy with another address's searches, so that what comes next
      // really waits in the queue.
      CountDownLatch[] release = {new CountDownLatch(1), new CountDownLatch(1)};
      CountDownLatch busy = new CountDownLatch(2);
      for (CountDownLatch latch : release) {
        threads
            .forSearch(OTHER, workers)
            .execute(
                () -> {
                  busy.countDown();
                  await(latch);
                });
      }
      assertThat(busy.await(1, TimeUnit.MINUTES)).isTrue();

      // A burst: two searches of one address are read and queued before either has started.
      CountDownLatch holdsSlot = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      CountDownLatch finished = new CountDownLatch(1);
      CompletableFuture<String> firstThread = new CompletableFuture<>();
      CompletableFuture<String> secondThread = new CompletableFuture<>();
      threads
          .forSearch(BURST, workers)
          .execute(
              () -> {
                try (SearchSlots.Slot slot = slots.acquire(BURST)) {
                  firstThread.complete(Thread.currentThread().getName());
                  holdsSlot.countDown();
                  await(finish);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                finished.countDown();
              });
      threads
          .forSearch(BURST, workers)
          .execute(() -> secondThread.complete(Thread.currentThread().getName()));
      assertThat(secondThread).as("queued behind the busy threads").isNotDone();

      // One thread takes the first search, which takes the address's only slot; then the other
      // takes the second, which would now wait for the first, and hands it to the workers.
      release[0].countDown();
      assertThat(holdsSlot.await(1, TimeUnit.MINUTES)).isTrue();
      assertThat(firstThread.get()).startsWith("selvhjelp-search-");
      release[1].countDown();
      assertThat(secondThread.get(1, TimeUnit.MINUTES)).isEqualTo("test-worker");

      // Read now, a search of that address goes to the workers at once; another address's
      // still runs on a search thread.
      assertThat(threads.forSearch(BURST, workers)).isSameAs(workers);
      assertThat(threadThatRuns(threads.forSearch(OTHER, workers))).startsWith("selvhjelp-search-");

      finish.countDown();
      assertThat(finished.await(1, TimeUnit.MINUTES)).isTrue();
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

  private static void await(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
