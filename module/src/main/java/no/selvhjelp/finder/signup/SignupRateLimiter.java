package no.selvhjelp.finder.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sign-up's own limit: at most so many messages per client address and per group within a
 * sliding window, so neither one visitor nor a botnet aimed at one group can flood a contact
 * person's inbox. Addresses live only in memory, in a map of bounded size: the least recently used
 * entries go first, and entries whose window has passed are dropped as the map is used.
 */
public final class SignupRateLimiter {
  /**
   * @param perClient messages one client address may send within the window
   * @param perGroup messages one group may receive within the window, from anyone
   * @param maxKeys how many addresses and groups are remembered at most
   */
  public record Limits(int perClient, int perGroup, Duration window, int maxKeys) {
    public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(10), 10_000);

    public Limits {
      if (perClient < 1 || perGroup < 1 || maxKeys < 2 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /** Allowed, or refused until {@code retryAfter} has passed. */
  public record Decision(boolean allowed, Duration retryAfter) {
    static final Decision ALLOW = new Decision(true, Duration.ZERO);

    /** Whole seconds for a Retry-After header, at least 1. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Deque<Instant>> hits;

  public SignupRateLimiter(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    // access order: get() moves an entry to the end, so the eldest is the least recently used
    this.hits =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > limits.maxKeys();
          }
        };
  }

  /** Counts one message from this client to this group, unless either is over its limit. */
  public synchronized Decision acquire(String client, String groupId) {
    Instant now = clock.instant();
    Instant since = now.minus(limits.window());
    Deque<Instant> byClient = recent("c:" + client, since);
    Deque<Instant> byGroup = recent("g:" + groupId, since);
    Duration wait = Duration.ZERO;
    if (byClient.size() >= limits.perClient()) {
      wait = max(wait, Duration.between(since, byClient.peekFirst()));
    }
    if (byGroup.size() >= limits.perGroup()) {
      wait = max(wait, Duration.between(since, byGroup.peekFirst()));
    }
    if (!wait.isZero()) {
      return new Decision(false, wait);
    }
    byClient.addLast(now);
    byGroup.addLast(now);
    hits.put("c:" + client, byClient);
    hits.put("g:" + groupId, byGroup);
    return Decision.ALLOW;
  }

  /** How many addresses and groups are remembered now (for the test of the memory bound). */
  public synchronized int size() {
    return hits.size();
  }

  private Deque<Instant> recent(String key, Instant since) {
    evictExpired(since);
    Deque<Instant> times = hits.get(key);
    if (times == null) {
      return new ArrayDeque<>();
    }
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.removeFirst();
    }
    return times;
  }

  /**
   * Drops a few entries from the least recently used end whose every hit has expired, so idle
   * addresses do not wait for the size bound to be forgotten.
   */
  private void evictExpired(Instant since) {
    Iterator<Deque<Instant>> it = hits.values().iterator();
    for (int i = 0; i < 8 && it.hasNext(); i++) {
      Deque<Instant> times = it.next();
      if (times.isEmpty() || !times.peekLast().isAfter(since)) {
        it.remove();
      } else {
        return;
      }
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
