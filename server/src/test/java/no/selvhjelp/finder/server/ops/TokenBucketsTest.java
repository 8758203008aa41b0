package no.selvhjelp.finder.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void aBurstIsAllowedThenRequestsWaitForTheRefill() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(60, 3), 100, now::get);
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    long wait = buckets.take("a");
    // 60 a minute is one a second: the next token is a second away.
    assertThat(wait).isBetween(TimeUnit.MILLISECONDS.toNanos(999), TimeUnit.SECONDS.toNanos(1));
    now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isPositive();
  }

  @Test
  void eachAddressHasItsOwnBucket() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(60, 1), 100, now::get);
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isPositive();
    assertThat(buckets.take("b")).isZero();
  }

  @Test
  void theRefillNeverExceedsTheBurst() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(60, 2), 100, now::get);
    buckets.take("a");
    now.addAndGet(TimeUnit.HOURS.toNanos(1));
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isPositive();
  }

  @Test
  void memoryIsBoundedByDroppingTheLeastRecentlySeenAddress() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(60, 1), 1000, now::get);
    for (int i = 0; i < 100_000; i++) {
      buckets.take("10.0." + (i >> 8) + "." + (i & 255));
    }
    assertThat(buckets.addresses()).isEqualTo(1000);
  }

  @Test
  void aBucketOfTimeGoesIntoDebtAndIsOwedUntilRefilled() {
    TokenBuckets work = TokenBuckets.ofTime(0.5, 10_000_000L, 100, now::get);
    assertThat(work.owed("a")).as("unknown: owes nothing").isZero();
    assertThat(work.addresses()).as("and no bucket is made for it").isZero();
    work.charge("a", 10_000_000L); // 10 ms in hand, 10 spent
    assertThat(work.owed("a")).isZero();
    work.charge("a", 10_000_000L); // and 10 more
    assertThat(work.owed("a")).isEqualTo(20_000_000L); // 10 ms at half a core
    now.addAndGet(10_000_000L);
    assertThat(work.owed("a")).isEqualTo(10_000_000L);
    now.addAndGet(10_000_000L);
    assertThat(work.owed("a")).isZero();
    now.addAndGet(TimeUnit.HOURS.toNanos(1));
    work.charge("a", 10_000_000L);
    work.charge("a", 2_000_000L);
    assertThat(work.owed("a")).as("the refill stops at the capacity").isEqualTo(4_000_000L);
  }

  @Test
  void oneChargeTakesAtMostAFullBucket() {
    TokenBuckets work = TokenBuckets.ofTime(0.5, 10_000_000L, 100, now::get);
    work.charge("a", TimeUnit.SECONDS.toNanos(1)); // one slow search on a cold server
    assertThat(work.owed("a")).isZero();
    work.charge("a", 1_000_000L);
    assertThat(work.owed("a")).isEqualTo(2_000_000L);
  }
}
