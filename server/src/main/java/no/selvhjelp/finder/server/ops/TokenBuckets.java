package no.selvhjelp.finder.server.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address. A bucket holds up to {@code burst} tokens and refills at
 * {@code perMinute} a minute; a request takes one. Memory is bounded: at most {@code maxAddresses}
 * buckets, the least recently used dropped first (a dropped address starts again with a full
 * bucket, which only ever errs towards letting a visitor through).
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
    if (!limit.enabled()) {
      throw new IllegalArgumentException("a disabled limit needs no buckets");
    }
    this.capacity = limit.burst();
    this.tokensPerNano = limit.perMinute() / (double) NANOS_PER_MINUTE;
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
    long now = clock.getAsLong();
    Bucket b = buckets.get(address);
    if (b == null) {
      b = new Bucket(capacity, now);
      buckets.put(address, b);
    } else {
      b.tokens = Math.min(capacity, b.tokens + (now - b.updated) * tokensPerNano);
      b.updated = now;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - b.tokens) / tokensPerNano);
  }

  public synchronized int addresses() {
    return buckets.size();
  }
}
