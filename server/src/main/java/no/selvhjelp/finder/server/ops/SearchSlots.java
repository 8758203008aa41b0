package no.selvhjelp.finder.server.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Per client address, at most {@code running} searches at once; a few more ({@code waiting}) wait
 * their turn for up to {@code maxWaitMillis}, in arrival order, and any beyond that are refused.
 * The rate limit counts requests a minute, but a client sending many searches at once within it
 * takes every core for as long as they run: forty unknown-word searches four at a time slowed an
 * unrelated group page to 6.8 s (issue 13). With this, one address runs at most a few searches,
 * however many connections it opens; a waiting request costs a parked worker thread, no CPU, and
 * the bound on waiting keeps one address from parking them all.
 *
 * <p>A few at once is still as much of the cores as the address can keep busy: expensive searches
 * sent as fast as they are answered, two at a time, moved other clients' p99 almost four times on
 * two cores (docs/benchmarks.md). So an address also has a share of the cores' time ({@code
 * share}): each search is charged what it cost on its thread, and while the address owes more than
 * its share refilled, its next search waits until it does not (or is refused when that would take
 * longer than the wait allows). Turns given by who used the least, without a share, were tried: the
 * others' p99 moved as much, and the 32-client mix's p99 went from 44 to 271 ms.
 *
 * <p>An address's entry lives while some request of it runs or waits, so memory follows the
 * requests in flight, not the addresses ever seen; its share lives in bounded buckets.
 */
public final class SearchSlots {
  private final int running;
  private final int waiting;
  private final long maxWaitNanos;
  private final TokenBuckets share;
  private final LongAdder waitedForShare = new LongAdder();
  private final LongSupplier workClock;
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
    private final Thread thread = Thread.currentThread();
    // read only when there is a share to charge: no clock on the hot path otherwise
    private final long started = share == null ? 0 : workClock.getAsLong();
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String address, Slots slots) {
      this.address = address;
      this.slots = slots;
    }

    /**
     * Gives the slot back. What the search cost is charged to its address's share when the slot is
     * closed on the thread that took it (as Jersey does for a synchronous resource); on another
     * thread the clock would be that thread's, so nothing is charged.
     */
    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        if (share != null && thread == Thread.currentThread()) {
          share.charge(address, workClock.getAsLong() - started);
        }
        slots.permits.release();
        leave(address);
      }
    }
  }

  /** Without a share of the cores: each address's searches at once only. */
  public SearchSlots(int running, int waiting, long maxWaitMillis) {
    this(running, waiting, maxWaitMillis, null, System::nanoTime);
  }

  /**
   * @param share per address, the work its searches may still do before the next one waits ({@link
   *     TokenBuckets#ofTime}); null for no share
   * @param workClock what a search costs, read on its thread before and after: the thread's CPU
   *     time ({@link #threadCpuTime()}), so that a search is not charged for the time it waited for
   *     a core while others ran
   */
  public SearchSlots(
      int running, int waiting, long maxWaitMillis, TokenBuckets share, LongSupplier workClock) {
    if (running < 1 || waiting < 0 || maxWaitMillis < 0) {
      throw new IllegalArgumentException("at least one running search, and no negative waits");
    }
    this.running = running;
    this.waiting = waiting;
    this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    this.share = share;
    this.workClock = workClock;
  }

  /**
   * The calling thread's CPU time in nanoseconds where the JVM measures it, else the wall clock.
   */
  public static LongSupplier threadCpuTime() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
      return threads::getCurrentThreadCpuTime;
    }
    return System::nanoTime;
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
    long deadline = System.nanoTime() + maxWaitNanos;
    try {
      if (users[0] <= running + waiting
          && paidUp(address)
          && slots.permits.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
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

  /**
   * True once the address is within its share: at once if it is, else after waiting until it is
   * again; false if that would take longer than a search may wait.
   */
  private boolean paidUp(String address) throws InterruptedException {
    long owed = share == null ? 0 : share.owed(address);
    if (owed == 0) {
      return true;
    }
    if (owed > maxWaitNanos) {
      return false;
    }
    waitedForShare.increment();
    TimeUnit.NANOSECONDS.sleep(owed);
    return true;
  }

  /** Searches that waited because their address had used more than its share. */
  public long waitedForShare() {
    return waitedForShare.sum();
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
