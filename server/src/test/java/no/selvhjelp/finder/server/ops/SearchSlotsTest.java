package no.selvhjelp.finder.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {
  private static final long MS = 1_000_000L;

  private final AtomicLong clock = new AtomicLong(1_000 * MS);
  private final AtomicLong work = new AtomicLong();
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

  @Test
  void theTimeASearchHeldItsTurnIsChargedToItsAddress() throws Exception {
    TokenBuckets share = TokenBuckets.ofTime(0.5, 20 * MS, 100, clock::get);
    SearchSlots slots = new SearchSlots(2, 0, 0, share, 2, work::get);
    for (int search = 0; search < 2; search++) {
      SearchSlots.Slot slot = slots.acquire("203.0.113.66");
      work.addAndGet(15 * MS);
      slot.close();
    }
    // 20 ms in hand, 30 spent: 10 ms of work owed, paid back at half a core in 20 ms.
    assertThat(share.owed("203.0.113.66")).isEqualTo(20 * MS);
    assertThat(share.owed("198.51.100.23")).as("another address is charged nothing").isZero();
  }

  @Test
  void withAShareNoMoreSearchesComputeAtOnceThanThereAreTurns() throws Exception {
    TokenBuckets share = TokenBuckets.ofTime(0.5, 20 * MS, 100, clock::get);
    SearchSlots slots = new SearchSlots(2, 0, 0, share, 1, work::get);
    SearchSlots.Slot computing = slots.acquire("203.0.113.66");
    CompletableFuture<SearchSlots.Slot> next =
        CompletableFuture.supplyAsync(() -> acquire(slots, "198.51.100.23"), waiter);
    waitUntil(() -> slots.inFlight("198.51.100.23") == 1);
    assertThat(next).as("another address waits for the one turn").isNotDone();
    work.addAndGet(5 * MS);
    computing.close();
    SearchSlots.Slot second = next.get(1, TimeUnit.MINUTES);
    assertThat(second).isNotNull();
    assertThat(share.owed("198.51.100.23"))
        .as("the wait for the turn is not charged, only the time holding it")
        .isZero();
    second.close();
    assertThat(slots.addresses()).isZero();
  }

  @Test
  void anAddressOverItsShareWaitsUntilPaidBackAndOthersDoNot() throws Exception {
    TokenBuckets share = TokenBuckets.ofTime(0.5, 20 * MS, 100, clock::get);
    SearchSlots slots = new SearchSlots(2, 0, TimeUnit.MINUTES.toMillis(1), share, 2, work::get);
    share.charge("203.0.113.66", 20 * MS);
    share.charge("203.0.113.66", 20 * MS); // 20 ms in debt: 40 ms to pay back at half a core
    long started = System.nanoTime();
    SearchSlots.Slot paced = slots.acquire("203.0.113.66");
    assertThat(paced).isNotNull();
    assertThat(System.nanoTime() - started)
        .as("waited what it owed")
        .isGreaterThanOrEqualTo(40 * MS);
    assertThat(slots.waitedForShare()).isEqualTo(1);
    assertThat(slots.acquire("198.51.100.23")).isNotNull();
    assertThat(slots.waitedForShare()).as("an address within its share does not wait").isEqualTo(1);
  }

  @Test
  void oneSlowSearchOnAColdServerDoesNotHoldItsAddressBack() throws Exception {
    TokenBuckets share = TokenBuckets.ofTime(0.25, 100 * MS, 100, clock::get);
    SearchSlots slots = new SearchSlots(2, 0, 0, share, 2, work::get);
    SearchSlots.Slot first = slots.acquire("198.51.100.23");
    work.addAndGet(1_000 * MS);
    first.close();
    assertThat(slots.acquire("198.51.100.23")).as("not refused, and without waiting").isNotNull();
    assertThat(slots.waitedForShare()).isZero();
  }

  @Test
  void anAddressOwingMoreThanASearchMayWaitIsRefusedAtOnce() throws Exception {
    TokenBuckets share = TokenBuckets.ofTime(0.5, 20 * MS, 100, clock::get);
    SearchSlots slots = new SearchSlots(2, 0, 20, share, 2, work::get);
    share.charge("203.0.113.66", 20 * MS);
    share.charge("203.0.113.66", 20 * MS); // owes 40 ms, more than the 20 ms a search may wait
    assertThat(slots.acquire("203.0.113.66")).isNull();
    assertThat(slots.inFlight("203.0.113.66")).isZero();
    assertThat(slots.waitedForShare()).isZero();
    clock.addAndGet(40 * MS);
    assertThat(slots.acquire("203.0.113.66")).isNotNull();
  }

  @Test
  void anAddressWouldWaitWhileItRunsAllItsSearchesOrOwesTimeAndAnotherWouldNot() throws Exception {
    TokenBuckets share = TokenBuckets.ofTime(0.5, 20 * MS, 100, clock::get);
    SearchSlots slots = new SearchSlots(2, 0, TimeUnit.MINUTES.toMillis(1), share, 2, work::get);
    assertThat(slots.wouldWait("203.0.113.66")).as("nothing running, nothing owed").isFalse();
    SearchSlots.Slot first = slots.acquire("203.0.113.66");
    assertThat(slots.wouldWait("203.0.113.66")).as("one of two running").isFalse();
    SearchSlots.Slot second = slots.acquire("203.0.113.66");
    assertThat(slots.wouldWait("203.0.113.66")).as("both running").isTrue();
    assertThat(slots.wouldWait("198.51.100.23")).as("another address").isFalse();
    second.close();
    assertThat(slots.wouldWait("203.0.113.66")).as("one given back").isFalse();
    first.close();
    share.charge("203.0.113.66", 20 * MS);
    share.charge("203.0.113.66", 20 * MS); // 20 ms in debt: 40 ms to pay back at half a core
    assertThat(slots.wouldWait("203.0.113.66")).as("owing time, nothing running").isTrue();
    assertThat(slots.inFlight("203.0.113.66")).as("asking took nothing").isZero();
    clock.addAndGet(40 * MS);
    assertThat(slots.wouldWait("203.0.113.66")).as("paid back").isFalse();
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
