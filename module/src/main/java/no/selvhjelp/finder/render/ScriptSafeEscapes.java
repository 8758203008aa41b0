package no.selvhjelp.finder.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON that can sit inside an HTML {@code <script>} element whatever the stored text says: {@code
 * <}, {@code >} and {@code &} are written as {@code \u003C}-style escapes, so no {@code </script>}
 * or {@code <!--} can appear, and the line separators U+2028/U+2029 are escaped too. The JSON means
 * exactly the same to a parser.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
  private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  private final int[] ascii;

  ScriptSafeEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii['<'] = ESCAPE_STANDARD;
    ascii['>'] = ESCAPE_STANDARD;
    ascii['&'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return switch (ch) {
      case 0x2028 -> LINE_SEPARATOR;
      case 0x2029 -> PARAGRAPH_SEPARATOR;
      default -> null;
    };
  }
}
