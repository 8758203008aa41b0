package no.selvhjelp.finder.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a body that is not JSON, in a sentence an editor can act on, with its line and
 * column. The parser's own messages are for programmers ("Unexpected end-of-input: expected close
 * marker for Object (start marker at [Source: REDACTED..."), and they are cut mid-sentence; so the
 * kinds of mistake people make by hand are recognised and said plainly, and any other is said as
 * "not valid JSON" with where it is.
 */
final class JsonSyntax {
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private JsonSyntax() {}

  /** The sentence for a body the parser refused, {@code parser} as it stopped. */
  static String describe(JsonProcessingException e, JsonParser parser, byte[] body) {
    if (e instanceof StreamConstraintsException) {
      return JsonBodies.plain(e);
    }
    String message = String.valueOf(e.getOriginalMessage());
    String at = at(e.getLocation());
    if (message.startsWith("Unexpected end-of-input")) {
      return endedEarly(message, parser);
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      return "the field '"
          + clip(duplicate.group(1))
          + "' appears twice in one object"
          + at
          + "; keep one of them";
    }
    Matcher token = TOKEN.matcher(message);
    if (token.find()) {
      return "unexpected text '"
          + clip(token.group(1))
          + "'"
          + at(startOf(token.group(1), e.getLocation(), body))
          + "; text values must be in double quotes";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "a text value has a line break or tab in it"
          + at
          + "; write it as \\n or \\t, or send the text on one line";
    }
    if (message.startsWith("Invalid UTF-8") || message.contains("Invalid UTF-8")) {
      return "it is not UTF-8 text" + at + "; save the file as UTF-8";
    }
    if (message.startsWith("Unexpected close marker")) {
      return "a closing bracket does not match the one it closes" + at;
    }
    Matcher character = CHARACTER.matcher(message);
    if (character.find()) {
      return "unexpected character '" + clip(character.group(1)) + "'" + at + hint(message);
    }
    return "it cannot be read" + at;
  }

  /** What the parser was looking for, as the mistake that usually causes it. */
  private static String hint(String message) {
    if (message.contains("double-quote to start field name")) {
      return "; a field name must be in double quotes, and there is no ',' after the last field";
    }
    if (message.contains("comma to separate Object entries")) {
      return "; a ',' between two fields or the closing '}' is missing";
    }
    if (message.contains("comma to separate Array entries")) {
      return "; a ',' between two values or the closing ']' is missing";
    }
    if (message.contains("colon to separate field name and value")) {
      return "; a ':' is missing after the field name";
    }
    if (message.contains("expected a value") || message.contains("expected a valid value")) {
      return "; a value is missing, or a text value is not in double quotes";
    }
    return "";
  }

  private static String endedEarly(String message, JsonParser parser) {
    if (message.contains("String value") || message.contains("VALUE_STRING")) {
      return "it ends inside a text value: a closing \" is missing";
    }
    JsonStreamContext open = parser == null ? null : parser.getParsingContext();
    if (open == null || open.inRoot()) {
      return "it ends before the JSON value is complete";
    }
    JsonLocation start = open.startLocation(ContentReference.unknown());
    String what = open.inObject() ? "object" : "list";
    return "it ends before the "
        + what
        + " that starts at line "
        + start.getLineNr()
        + ", column "
        + start.getColumnNr()
        + " is closed (a '"
        + (open.inObject() ? "}" : "]")
        + "' is missing, or the body was cut off)";
  }

  /**
   * Where a token the parser names begins: the parser reports where it stopped reading, after the
   * token, but the editor looks for the word.
   */
  private static JsonLocation startOf(String token, JsonLocation end, byte[] body) {
    if (end == null || end.getByteOffset() < 0 || token.isEmpty()) {
      return end;
    }
    byte[] word = token.getBytes(StandardCharsets.UTF_8);
    int stop = (int) Math.min(end.getByteOffset(), body.length);
    for (int p = stop - word.length; p >= 0 && p >= stop - word.length - 2; p--) {
      if (Arrays.equals(body, p, p + word.length, word, 0, word.length)) {
        int column = end.getColumnNr() - (stop - p);
        return column < 1
            ? end
            : new JsonLocation(ContentReference.unknown(), p, end.getLineNr(), column);
      }
    }
    return end;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
