package no.selvhjelp.finder.server.ops;

/**
 * The per-address allowance on search: {@code perMinute} requests a minute sustained, with bursts
 * of up to {@code burst}. Zero {@code perMinute} turns the limit off.
 */
public record RateLimit(int perMinute, int burst) {
  /**
   * Generous: a kommune's whole office behind one NAT address, each typing into the search box (a
   * few suggest calls per search), stays far below this. A scraper looping does not.
   */
  public static final RateLimit DEFAULT = new RateLimit(1200, 600);

  public static final RateLimit OFF = new RateLimit(0, 0);

  public RateLimit {
    if (perMinute < 0 || burst < 0) {
      throw new IllegalArgumentException("rate limits cannot be negative");
    }
    if (perMinute > 0 && burst == 0) {
      burst = Math.max(1, perMinute / 2);
    }
  }

  public boolean enabled() {
    return perMinute > 0;
  }
}
