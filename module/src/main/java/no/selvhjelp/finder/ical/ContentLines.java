package no.selvhjelp.finder.ical;

import java.nio.charset.StandardCharsets;

/**
 * Writes RFC 5545 content lines: TEXT values escaped (section 3.3.11), lines ended by CRLF and
 * folded so that no line is longer than 75 octets of UTF-8 (section 3.1), never inside a character.
 */
final class ContentLines {
  static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  /** A property whose value is already in its RFC 5545 form (dates, rules, codes). */
  ContentLines raw(String nameAndParameters, String value) {
    return line(nameAndParameters + ":" + value);
  }

  /** A property whose value is free text, escaped. */
  ContentLines text(String name, String value) {
    return line(name + ":" + escape(value));
  }

  String build() {
    return out.toString();
  }

  static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    String v = value.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        default -> {
          // Other control characters are not allowed in TEXT; editors' tabs become spaces.
          if (c < 0x20 || c == 0x7f) {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private ContentLines line(String line) {
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > limit) {
        out.append("\r\n ");
        // The leading space of a continuation line counts towards its 75 octets.
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += width;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
    return this;
  }
}
