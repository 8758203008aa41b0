package no.selvhjelp.finder.render;

import java.util.Locale;

/**
 * Turns stored contact details into link targets that can only be what they claim: a web address
 * must be http(s) (so no {@code javascript:} URL reaches an href, whatever the import let through),
 * a phone number becomes {@code tel:} with digits and a leading plus only.
 */
final class SafeLinks {
  private SafeLinks() {}

  static String web(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
  }

  static String tel(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return null;
    }
    return "tel:" + (phone.strip().startsWith("+") ? "+" : "") + digits;
  }

  /** An e-mail address for a mailto: link, or null if it does not look like one. */
  static String email(String email) {
    if (email == null) {
      return null;
    }
    String e = email.strip();
    return e.matches("[^\\s@<>\"?&]+@[^\\s@<>\"?&]+") ? e : null;
  }
}
