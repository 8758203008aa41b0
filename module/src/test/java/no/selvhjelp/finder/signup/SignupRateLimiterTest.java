package no.selvhjelp.finder.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignupRateLimiterTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final ManualClock clock = new ManualClock();

  @Test
  void theSixthSignUpFromOneAddressWithinTenMinutesWaitsForTheFirstToExpire() {
    SignupRateLimiter limiter = new SignupRateLimiter(SignupRateLimiter.Limits.DEFAULT, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire("192.0.2.1", "group-" + i).allowed()).isTrue();
      clock.advance(Duration.ofMinutes(1));
    }
    SignupRateLimiter.Decision refused = limiter.acquire("192.0.2.1", "group-9");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5));
    assertThat(refused.retryAfterSeconds()).isEqualTo(300);
    assertThat(limiter.acquire("192.0.2.2", "group-9").allowed()).as("another address").isTrue();
    clock.advance(Duration.ofMinutes(5));
    assertThat(limiter.acquire("192.0.2.1", "group-9").allowed()).isTrue();
  }

  @Test
  void oneGroupTakesAtMostItsLimitFromManyAddresses() {
    SignupRateLimiter limiter =
        new SignupRateLimiter(
            new SignupRateLimiter.Limits(5, 3, Duration.ofMinutes(10), 100), clock);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("198.51.100." + i, "kinn").allowed()).isTrue();
    }
    assertThat(limiter.acquire("198.51.100.9", "kinn").allowed()).isFalse();
    assertThat(limiter.acquire("198.51.100.9", "oslo").allowed()).isTrue();
  }

  @Test
  void memoryStaysBoundedByForgettingTheLeastRecentlyUsed() {
    SignupRateLimiter limiter =
        new SignupRateLimiter(
            new SignupRateLimiter.Limits(5, 1000, Duration.ofMinutes(10), 50), clock);
    for (int i = 0; i < 10_000; i++) {
      limiter.acquire("10.0." + (i / 256) + "." + (i % 256), "g");
    }
    assertThat(limiter.size()).isLessThanOrEqualTo(50);
  }

  @Test
  void addressesWhoseWindowHasPassedAreForgotten() {
    SignupRateLimiter limiter = new SignupRateLimiter(SignupRateLimiter.Limits.DEFAULT, clock);
    for (int i = 0; i < 4; i++) {
      limiter.acquire("203.0.113." + i, "g" + i);
    }
    assertThat(limiter.size()).isEqualTo(8);
    clock.advance(Duration.ofMinutes(11));
    limiter.acquire("203.0.113.99", "other");
    assertThat(limiter.size()).isEqualTo(2);
  }
}
