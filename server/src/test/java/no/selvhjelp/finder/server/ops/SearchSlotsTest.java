package no.selvhjelp.finder.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {
  private final ExecutorService waiter =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "slots-test-waiter"));

  @AfterEach
  void stop() {
    waiter.shutdownNow();
  }

  @Test
  void anAddressRunsAtMostItsSlotsWhileAnotherAddressStillGetsOne() throws Exception {
    SearchSlots slots = new SearchSlots(2, 0, 0);
    SearchSlots.Slot first = slots.acquire("203.0.113.1");
    SearchSlots.Slot second = slots.acquire("203.0.113.1");
    assertThat(first).isNotNull();
    assertThat(second).isNotNull();
    assertThat(slots.acquire("203.0.113.1")).isNull();
    assertThat(slots.acquire("198.51.100.7")).isNotNull();
    first.close();
    assertThat(slots.acquire("203.0.113.1")).isNotNull();
    assertThat(slots.mostRunningAtOnce()).isEqualTo(2);
  }

  @Test
  void aWaitingSearchGetsTheSlotThatIsGivenBack() throws Exception {
    SearchSlots slots = new SearchSlots(1, 1, TimeUnit.MINUTES.toMillis(1));
    SearchSlots.Slot running = slots.acquire("203.0.113.2");
    CompletableFuture<SearchSlots.Slot> waiting =
        CompletableFuture.supplyAsync(() -> acquire(slots, "203.0.113.2"), waiter);
    waitUntil(() -> slots.inFlight("203.0.113.2") == 2);
    // One runs and one waits: a third has no place and is refused at once, without waiting.
    assertThat(slots.acquire("203.0.113.2")).isNull();
    assertThat(waiting).isNotDone();
    running.close();
    assertThat(waiting.get(1, TimeUnit.MINUTES)).isNotNull();
  }

  @Test
  void theWaitRunsOutAndNothingIsLeftBehindForTheAddress() throws Exception {
    SearchSlots slots = new SearchSlots(1, 3, 20);
    SearchSlots.Slot running = slots.acquire("203.0.113.3");
    assertThat(slots.acquire("203.0.113.3")).isNull();
    running.close();
    running.close(); // twice is harmless: the slot is not given back twice
    assertThat(slots.inFlight("203.0.113.3")).isZero();
    assertThat(slots.addresses()).isZero();
    SearchSlots.Slot again = slots.acquire("203.0.113.3");
    assertThat(again).isNotNull();
    assertThat(slots.acquire("203.0.113.3")).isNull();
  }

  /** Waits on the condition, never a fixed time; a minute at most. */
  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited a minute for the condition").isLessThan(deadline);
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  private static SearchSlots.Slot acquire(SearchSlots slots, String address) {
    try {
      return slots.acquire(address);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
