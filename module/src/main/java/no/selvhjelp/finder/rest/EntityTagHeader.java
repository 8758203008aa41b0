package no.selvhjelp.finder.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;

/**
 * An {@code If-Match} or {@code If-None-Match} header (RFC 9110 §13.1), read by us rather than by
 * the container: the container's parser fails with an exception (a 500) on a value it cannot read,
 * and editors copy the tag from an export's {@code version}, which is the same hash without quotes.
 * So a bare version is taken as that tag, and anything else that is not a tag is a 400 that says
 * what to send.
 *
 * @param any the header is {@code *}
 * @param strong the opaque values of the strong tags (a bare version is one)
 * @param weak the opaque values of the weak tags ({@code W/"..."})
 */
record EntityTagHeader(boolean any, List<String> strong, List<String> weak) {
  static final String IF_MATCH = HttpHeaders.IF_MATCH;
  static final String IF_NONE_MATCH = HttpHeaders.IF_NONE_MATCH;

  /** An export's version: the hash our ETags quote. */
  private static final Pattern VERSION = Pattern.compile("[0-9a-fA-F]{32}");

  /** The header's tags, or null when it was not sent; every line of a repeated header counts. */
  static EntityTagHeader of(HttpHeaders headers, String name) {
    List<String> lines = headers == null ? null : headers.getRequestHeader(name);
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    return parse(name, String.join(",", lines));
  }

  static EntityTagHeader parse(String name, String value) {
    if (value.strip().equals("*")) {
      return new EntityTagHeader(true, List.of(), List.of());
    }
    List<String> strong = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (String element : elements(name, value)) {
      boolean isWeak = element.startsWith("W/");
      String tag = isWeak ? element.substring(2) : element;
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        String opaque = tag.substring(1, tag.length() - 1);
        if (opaque.indexOf('"') >= 0) {
          throw invalid(name, value);
        }
        (isWeak ? weak : strong).add(opaque);
      } else if (!isWeak && VERSION.matcher(tag).matches()) {
        strong.add(tag.toLowerCase(java.util.Locale.ROOT));
      } else {
        throw invalid(name, value);
      }
    }
    if (strong.isEmpty() && weak.isEmpty()) {
      throw invalid(name, value);
    }
    return new EntityTagHeader(false, strong, weak);
  }

  /** Whether a write may count on this tag: only strong tags match for If-Match. */
  boolean matchesStrongly(String etag) {
    return any || strong.contains(etag);
  }

  /** Whether the item is one the client has: weak comparison, for If-None-Match. */
  boolean matchesWeakly(String etag) {
    return any || strong.contains(etag) || weak.contains(etag);
  }

  /** The comma-separated elements, commas inside quotes kept; empty elements are allowed. */
  private static List<String> elements(String name, String value) {
    List<String> elements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        add(elements, current);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw invalid(name, value);
    }
    add(elements, current);
    return elements;
  }

  private static void add(List<String> elements, StringBuilder current) {
    String element = current.toString().strip();
    if (!element.isEmpty()) {
      elements.add(element);
    }
    current.setLength(0);
  }

  private static InvalidInputException invalid(String name, String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return new InvalidInputException(
        "Invalid header",
        List.of(
            Problem.ofParameter(
                name,
                "must be a quoted ETag as the ETag header gives it, e.g. "
                    + "\"3f6b0e8c2d1a4f5e9b7c6d5e4f3a2b1c\" (quotes included), the version of an"
                    + " export (the same 32 characters without quotes), or *; '"
                    + shown.strip()
                    + "' is none of these")));
  }
}
