package no.selvhjelp.finder.rest;

import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;

/**
 * What every editorial endpoint reads the same way: the editor's name, the item type in the path,
 * and a bounded body.
 */
final class EditorRequests {
  /**
   * The header that names the editor in the change history. The admin token is one shared secret
   * and says nothing about who holds it, so the client states the person; it is recorded as sent.
   */
  static final String EDITOR_HEADER = "X-Editor";

  /** Who wrote a change when the client did not say: whoever holds the admin token. */
  static final String TOKEN_HOLDER = "admin";

  static final int MAX_EDITOR_LENGTH = 100;

  /** One item is small; a PUT body larger than this is a mistake. */
  static final int MAX_ITEM_BYTES = 1024 * 1024;

  private EditorRequests() {}

  /**
   * The editor's name from the header. HTTP servers read header bytes as ISO-8859-1, so a name sent
   * as UTF-8 bytes ("Kari Redaktør") arrives as "Kari RedaktÃ¸r": bytes that form valid UTF-8 are
   * decoded as UTF-8. A client that can only send ASCII may percent-encode the UTF-8 bytes
   * ("Kari%20Redakt%C3%B8r", RFC 3986). Anything else is taken as sent.
   */
  static String editor(String header) {
    if (header == null || header.isBlank()) {
      return TOKEN_HOLDER;
    }
    String name = HeaderText.decode(header).strip();
    // Blank once decoded ("%20%20") names nobody, like no header: a name "" in the history would
    // say less than "admin".
    if (name.isEmpty()) {
      return TOKEN_HOLDER;
    }
    if (name.length() > MAX_EDITOR_LENGTH || name.codePoints().anyMatch(EditorRequests::hidden)) {
      throw new InvalidInputException(
          "Invalid header",
          List.of(
              Problem.ofParameter(
                  EDITOR_HEADER,
                  "must be a name of at most "
                      + MAX_EDITOR_LENGTH
                      + " printable characters, without control or invisible formatting"
                      + " characters (such as the direction marks U+202E or U+200F)")));
    }
    return name;
  }

  /**
   * Characters that are not seen but change what is seen: controls, and format characters such as
   * the bidi overrides (U+202E shows "Kari" + U+202E + "nosnah" as "Karihanson"), zero-width spaces
   * and joiners. A history must show who really wrote.
   */
  private static boolean hidden(int c) {
    return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
  }

  /** The type a path segment names; any other segment is a path that does not exist. */
  static ItemType type(String segment) {
    return ItemType.ofPath(segment).orElseThrow(NotFoundException::new);
  }

  /** The CSV type of an import or export: required, one of the three. */
  static ItemType csvType(String type) {
    return ItemType.ofPath(type == null ? "" : type)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Invalid parameter",
                    List.of(
                        Problem.ofParameter(
                            "type", "must be groups, contact-points or district-offices"))));
  }

  /** The charset a body's Content-Type declares, or null if it declares none. */
  static String charset(jakarta.ws.rs.core.MediaType type) {
    return type == null
        ? null
        : type.getParameters().get(jakarta.ws.rs.core.MediaType.CHARSET_PARAMETER);
  }

  static byte[] body(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new PayloadTooLargeException(
          "The body is larger than " + (max >> 10) + " KiB; split it");
    }
    return bytes;
  }
}
