package no.selvhjelp.finder.server.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per client address, at most {@code running} searches at once; a few more ({@code waiting}) wait
 * their turn for up to {@code maxWaitMillis}, in arrival order, and any beyond that are refused.
 * The rate limit counts requests a minute, but a client sending many searches at once within it
 * takes every core for as long as they run: forty unknown-word searches four at a time slowed an
 * unrelated group page to 6.8 s (issue 13). With this, one address gets a fair share of the cores,
 * however many connections it opens; a waiting request costs a parked worker thread, no CPU, and
 * the bound on waiting keeps one address from parking them all.
 *
 * <p>An address's entry lives while some request of it runs or waits, so memory follows the
 * requests in flight, not the addresses ever seen.
 */
public final class SearchSlots {
  private final int running;
  private final int waiting;
  private final long maxWaitNanos;
  private final Map<String, Slots> byAddress = new ConcurrentHashMap<>();
  private final AtomicInteger mostRunning = new AtomicInteger();

  /** One address's permits, and how many of its requests hold or wait for one. */
  private static final class Slots {
    final Semaphore permits;
    int users; // changed only inside the map's compute functions, which lock the entry

    Slots(int running) {
      this.permits = new Semaphore(running, true);
    }
  }

  /** A search's slot; releasing it twice is harmless. */
  public final class Slot implements AutoCloseable {
    private final String address;
    private final Slots slots;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String address, Slots slots) {
      this.address = address;
      this.slots = slots;
    }

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        slots.permits.release();
        leave(address);
      }
    }
  }

  public SearchSlots(int running, int waiting, long maxWaitMillis) {
    if (running < 1 || waiting < 0 || maxWaitMillis < 0) {
      throw new IllegalArgumentException("at least one running search, and no negative waits");
    }
    this.running = running;
    this.waiting = waiting;
    this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
  }

  /**
   * A slot for one search from this address, after waiting for it if the address already runs
   * {@code running} searches; null when the address already has as many waiting, or the wait ran
   * out.
   */
  public Slot acquire(String address) throws InterruptedException {
    int[] users = new int[1];
    Slots slots =
        byAddress.compute(
            address,
            (k, v) -> {
              Slots s = v == null ? new Slots(running) : v;
              users[0] = ++s.users;
              return s;
            });
    boolean admitted = false;
    try {
      if (users[0] <= running + waiting
          && slots.permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
        admitted = true;
        // Running now: the permits taken, this one included.
        mostRunning.accumulateAndGet(running - slots.permits.availablePermits(), Math::max);
        return new Slot(address, slots);
      }
      return null;
    } finally {
      if (!admitted) {
        leave(address);
      }
    }
  }

  private void leave(String address) {
    byAddress.computeIfPresent(address, (k, v) -> --v.users == 0 ? null : v);
  }

  /** Requests of this address that run or wait now. */
  public int inFlight(String address) {
    int[] users = new int[1];
    byAddress.computeIfPresent(
        address,
        (k, v) -> {
          users[0] = v.users;
          return v;
        });
    return users[0];
  }

  /** The most searches one address has run at once since the start. */
  public int mostRunningAtOnce() {
    return mostRunning.get();
  }

  /** Addresses with a request running or waiting now. */
  public int addresses() {
    return byAddress.size();
  }
}
