package no.selvhjelp.finder.server.ops;

/**
 * The per-address allowance on search: {@code perMinute} requests a minute sustained, with bursts
 * of up to {@code burst}, {@code atOnce} searches running at the same time (more wait their turn
 * briefly, see {@link SearchSlots}), and on average at most {@code shareMillis} milliseconds of
 * search time a second (time computing on a core; 1000 is one core). Zero turns any of them off;
 * the share needs searches at once (both count per address while the search runs).
 */
public record RateLimit(int perMinute, int burst, int atOnce, int shareMillis) {
  /**
   * Two at once: a search takes milliseconds, so a kommune's office behind one NAT address rarely
   * has two in the same instant, and on two cores one address can never take them both from
   * everybody else.
   */
  public static final int DEFAULT_AT_ONCE = 2;

  /**
   * Generous: a kommune's whole office behind one NAT address, each typing into the search box (a
   * few suggest calls per search), stays far below this. A scraper looping does not.
   */
  public static final RateLimit DEFAULT = new RateLimit(1200, 600);

  /**
   * A quarter of one core: a visitor's search costs well under a millisecond, so an address reaches
   * this only with several hundred searches a second, far beyond the per-minute rate; a client
   * sending expensive searches as fast as they are answered, with the rate limit off or within its
   * burst, gets a quarter of a core and leaves the rest to everybody else (issue 13).
   */
  public static final int DEFAULT_SHARE_MILLIS = 250;

  public static final RateLimit OFF = new RateLimit(0, 0, 0, 0);

  public RateLimit {
    if (perMinute < 0 || burst < 0 || atOnce < 0 || shareMillis < 0) {
      throw new IllegalArgumentException("rate limits cannot be negative");
    }
    if (perMinute > 0 && burst == 0) {
      burst = Math.max(1, perMinute / 2);
    }
  }

  /** With the default searches at once and share. */
  public RateLimit(int perMinute, int burst) {
    this(perMinute, burst, DEFAULT_AT_ONCE);
  }

  /** With the default share. */
  public RateLimit(int perMinute, int burst, int atOnce) {
    this(perMinute, burst, atOnce, DEFAULT_SHARE_MILLIS);
  }

  public boolean enabled() {
    return perMinute > 0;
  }
}
