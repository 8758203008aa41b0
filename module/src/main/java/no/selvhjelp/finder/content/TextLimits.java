package no.selvhjelp.finder.content;

import java.util.Map;

/**
 * Upper bounds on stored text, per property name. They keep one item from filling a page or the
 * index, and they turn absurd input into a clear error instead of a slow request.
 */
public final class TextLimits {
  public static final int MAX_LIST_SIZE = 50;
  private static final int DEFAULT = 200;
  private static final Map<String, Integer> MAX =
      Map.ofEntries(
          Map.entry("title", 200),
          Map.entry("name", 200),
          Map.entry("summary", 500),
          Map.entry("description", 10_000),
          Map.entry("schedule", 500),
          Map.entry("audience", 300),
          Map.entry("address", 300),
          Map.entry("email", 254),
          Map.entry("url", 500),
          Map.entry("phone", 40),
          Map.entry("role", 200));

  private TextLimits() {}

  public static int maxLength(String property) {
    return MAX.getOrDefault(property, DEFAULT);
  }

  /**
   * Why text is unacceptable, or null if it is fine. Control characters (other than newline and
   * tab) and unpaired surrogates cannot be stored or shown faithfully, so they are refused.
   */
  public static String problemWith(String property, String value) {
    int max = maxLength(property);
    if (value.length() > max) {
      return "is " + value.length() + " characters long; the most allowed is " + max;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        return "contains a control character (U+%04X) at position %d".formatted((int) c, i + 1);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return "is not valid Unicode text (a broken character at position " + (i + 1) + ")";
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return "is not valid Unicode text (a broken character at position " + (i + 1) + ")";
      }
    }
    return null;
  }
}
