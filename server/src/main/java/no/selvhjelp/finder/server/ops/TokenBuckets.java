package no.selvhjelp.finder.server.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address. For the rate limit a bucket holds up to {@code burst} tokens
 * and refills at {@code perMinute} a minute; a request takes one ({@link #take}). For the search
 * share ({@link #ofTime}) a token is a nanosecond of work: a search is charged what it cost after
 * it ran ({@link #charge}), so a bucket can go into debt, and the address's next search waits until
 * it is paid back ({@link #owed}). Memory is bounded: at most {@code maxAddresses} buckets, the
 * least recently used dropped first (a dropped address starts again with a full bucket, which only
 * ever errs towards letting a visitor through).
 */
public final class TokenBuckets {
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  private final double capacity;
  private final double tokensPerNano;
  private final LongSupplier clock;
  private final Map<String, Bucket> buckets;

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  public TokenBuckets(RateLimit limit, int maxAddresses, LongSupplier nanoClock) {
    this(
        enabled(limit).burst(),
        limit.perMinute() / (double) NANOS_PER_MINUTE,
        maxAddresses,
        nanoClock);
  }

  /**
   * Buckets of work time: each holds up to {@code capacityNanos} nanoseconds and refills at {@code
   * share} nanoseconds a nanosecond (0.5: half of one core's time).
   */
  public static TokenBuckets ofTime(
      double share, long capacityNanos, int maxAddresses, LongSupplier nanoClock) {
    if (!(share > 0) || capacityNanos < 0) {
      throw new IllegalArgumentException("a share above zero and no negative capacity");
    }
    return new TokenBuckets(capacityNanos, share, maxAddresses, nanoClock);
  }

  private TokenBuckets(
      double capacity, double tokensPerNano, int maxAddresses, LongSupplier nanoClock) {
    this.capacity = capacity;
    this.tokensPerNano = tokensPerNano;
    this.clock = nanoClock;
    this.buckets =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxAddresses;
          }
        };
  }

  /**
   * Takes a token for this address.
   *
   * @return 0 if the request may go ahead, else the nanoseconds until the next token
   */
  public synchronized long take(String address) {
    Bucket b = refilled(address);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - b.tokens) / tokensPerNano);
  }

  /**
   * Takes {@code tokens} from this address's bucket, into debt if it holds fewer, but at most a
   * full bucket's worth: the first search on a freshly started server (classes loading, code not
   * yet compiled) may take a second, and its visitor must not be held back for it. A search that
   * costs less than a full bucket, as every search on a warm server does, is charged in full.
   */
  public synchronized void charge(String address, double tokens) {
    refilled(address).tokens -= Math.min(capacity, Math.max(0, tokens));
  }

  /**
   * The nanoseconds until this address's bucket is out of debt; 0 if it is not in debt (or not
   * known). Takes nothing.
   */
  public synchronized long owed(String address) {
    if (!buckets.containsKey(address)) {
      return 0; // not remembered: no bucket is made for an address that owes nothing
    }
    Bucket b = refilled(address);
    return b.tokens >= 0 ? 0 : (long) Math.ceil(-b.tokens / tokensPerNano);
  }

  private Bucket refilled(String address) {
    long now = clock.getAsLong();
    Bucket b = buckets.get(address);
    if (b == null) {
      b = new Bucket(capacity, now);
      buckets.put(address, b);
    } else {
      b.tokens = Math.min(capacity, b.tokens + (now - b.updated) * tokensPerNano);
      b.updated = now;
    }
    return b;
  }

  private static RateLimit enabled(RateLimit limit) {
    if (!limit.enabled()) {
      throw new IllegalArgumentException("a disabled limit needs no buckets");
    }
    return limit;
  }

  public synchronized int addresses() {
    return buckets.size();
  }
}
