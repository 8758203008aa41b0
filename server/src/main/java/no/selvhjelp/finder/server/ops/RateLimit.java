package no.selvhjelp.finder.server.ops;

/**
 * The per-address allowance on search: {@code perMinute} requests a minute sustained, with bursts
 * of up to {@code burst}, and {@code atOnce} searches running at the same time (more wait their
 * turn briefly, see {@link SearchSlots}). Zero turns either limit off.
 */
public record RateLimit(int perMinute, int burst, int atOnce) {
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

  public static final RateLimit OFF = new RateLimit(0, 0, 0);

  public RateLimit {
    if (perMinute < 0 || burst < 0 || atOnce < 0) {
      throw new IllegalArgumentException("rate limits cannot be negative");
    }
    if (perMinute > 0 && burst == 0) {
      burst = Math.max(1, perMinute / 2);
    }
  }

  /** With the default searches at once. */
  public RateLimit(int perMinute, int burst) {
    this(perMinute, burst, DEFAULT_AT_ONCE);
  }

  public boolean enabled() {
    return perMinute > 0;
  }
}
