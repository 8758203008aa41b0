package no.selvhjelp.finder.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in a request header, as people send it. The servlet and Grizzly APIs hand header bytes over
 * one byte per character (ISO-8859-1), while clients send names in UTF-8 or percent-encoded UTF-8.
 */
final class HeaderText {
  private HeaderText() {}

  static String decode(String header) {
    String text = header;
    if (text.chars().allMatch(c -> c < 0x100) && text.chars().anyMatch(c -> c >= 0x80)) {
      text = utf8(text.getBytes(StandardCharsets.ISO_8859_1), text);
    }
    if (text.indexOf('%') >= 0) {
      text = percentDecoded(text);
    }
    return text;
  }

  /** %XX escapes as UTF-8 bytes; a string that is not a valid such encoding is kept as sent. */
  private static String percentDecoded(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return text;
        }
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return text;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return utf8(bytes.toByteArray(), text);
  }

  private static String utf8(byte[] bytes, String fallback) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return fallback;
    }
  }
}
