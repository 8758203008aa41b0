package no.selvhjelp.finder.server.ops;

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
 * share}): each search is charged what it cost, and while the address owes more than its share
 * refilled, its next search waits until it does not (or is refused when that would take longer than
 * the wait allows). Turns given by who used the least, without a share, were tried: the others' p99
 * moved as much, and the 32-client mix's p99 went from 44 to 271 ms.
 *
 * <p>What a search cost is the time it held one of the cores' turns ({@code turns}, one per core,
 * taken in arrival order): with no more searches computing than there are cores, that is its time
 * on a core. The thread's own CPU clock, read before and after each search until 2026-12-05, is a
 * system call that took 2 µs alone and far more under load on this machine's virtual cores: with
 * it, a search over HTTP cost 1.8 to 2.1 ms of the server's CPU against 1.1 to 1.4 ms without the
 * share (docs/benchmarks.md, issue 13).
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
  private final Semaphore turns;
  private final LongSupplier clock;
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
    // read only when there is a share to charge: no clock on the hot path otherwise
    private final long started = share == null ? 0 : clock.getAsLong();
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String address, Slots slots) {
      this.address = address;
      this.slots = slots;
    }

    /**
     * Gives the slot back, and with a share, the turn, after charging the search the time it held
     * the turn.
     */
    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        if (share != null) {
          share.charge(address, clock.getAsLong() - started);
          turns.release();
        }
        slots.permits.release();
        leave(address);
      }
    }
  }

  /** Without a share of the cores: each address's searches at once only. */
  public SearchSlots(int running, int waiting, long maxWaitMillis) {
    this(running, waiting, maxWaitMillis, null, 1, System::nanoTime);
  }

  /**
   * @param share per address, the work its searches may still do before the next one waits ({@link
   *     TokenBuckets#ofTime}); null for no share (and no turns)
   * @param turns how many searches compute at once when there is a share: the cores
   * @param clock nanoseconds, for what a search cost: the time it held its turn
   */
  public SearchSlots(
      int running,
      int waiting,
      long maxWaitMillis,
      TokenBuckets share,
      int turns,
      LongSupplier clock) {
    if (running < 1 || waiting < 0 || maxWaitMillis < 0 || turns < 1) {
      throw new IllegalArgumentException(
          "at least one running search and one turn, and no negative waits");
    }
    this.running = running;
    this.waiting = waiting;
    this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    this.share = share;
    this.turns = new Semaphore(turns, true);
    this.clock = clock;
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
        // Running now: the permits taken, this one included.
        mostRunning.accumulateAndGet(running - slots.permits.availablePermits(), Math::max);
        takeTurn(slots);
        admitted = true;
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
   * With a share, waits for a core's turn, in arrival order. Not bounded by the address's wait: the
   * turns are everybody's, each held for one search's computing, so they come round as fast as the
   * cores work; a server with more to do than its cores can only queue, here or in the kernel.
   */
  private void takeTurn(Slots slots) throws InterruptedException {
    if (share == null) {
      return;
    }
    try {
      turns.acquire();
    } catch (InterruptedException e) {
      slots.permits.release();
      throw e;
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

  /**
   * Whether a search of this address would wait here if it came now: the address already runs or
   * waits with as many searches as it may run at once, or owes search time. Takes nothing, so the
   * answer may be out of date by the time the search asks ({@link SearchThreads} uses it to keep
   * waits off the search threads).
   */
  public boolean wouldWait(String address) {
    return inFlight(address) >= running || (share != null && share.owed(address) > 0);
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
