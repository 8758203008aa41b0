package no.selvhjelp.finder.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;

/**
 * Reads a request body as exactly one JSON value, for every endpoint that takes JSON, and says what
 * is wrong in the API's words: the parser's messages name its own classes and settings (e.g. {@code
 * StreamReadConstraints}), which mean nothing to an editor.
 */
public final class JsonBodies {
  private JsonBodies() {}

  /**
   * The body's one JSON value. Anything after it but white space is an error, since a body cut or
   * glued together by mistake must not be half-read.
   *
   * @param failure the sentence of the error, e.g. "Invalid import: nothing was stored"
   */
  public static JsonNode read(ObjectMapper json, byte[] body, String failure, String expected) {
    if (body.length == 0) {
      throw invalid(failure, "the body is empty; send " + expected);
    }
    JsonParser parser;
    try {
      parser = json.getFactory().createParser(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A field given twice would otherwise be read as its last value, silently: "title" sent twice
    // is a mistake in the file, not a choice of the second. Only bodies are read with this.
    parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (parser) {
      JsonNode root = json.readTree(parser);
      if (root == null) {
        throw invalid(failure, "the body is empty; send " + expected);
      }
      JsonLocation end = parser.currentLocation();
      try {
        if (parser.nextToken() != null) {
          throw invalid(failure, trailing(end));
        }
      } catch (JsonProcessingException e) {
        throw invalid(failure, trailing(end));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw invalid(failure, "the body is not valid JSON: " + JsonSyntax.describe(e, parser, body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parser or mapping error said without the library's internals. */
  public static String plain(Exception e) {
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getMessage()).toLowerCase();
      if (m.contains("nesting")) {
        return "lists and objects are nested deeper than the allowed nesting depth of "
            + Json.MAX_NESTING_DEPTH
            + " levels";
      }
      if (m.contains("number")) {
        return "a number is longer than the server accepts";
      }
      return "a text or name is longer than the server accepts";
    }
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return "it could not be read";
    }
    // Jackson quotes Java types and settings in back-ticks; such a sentence is not for editors.
    int cut = message.indexOf('`');
    if (cut >= 0) {
      message = message.substring(0, cut).strip();
      message = message.endsWith("(") ? message.substring(0, message.length() - 1) : message;
      if (message.isBlank()) {
        return "it could not be read";
      }
    }
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  private static String trailing(JsonLocation end) {
    return "there is more after the end of the JSON value (line "
        + end.getLineNr()
        + ", column "
        + end.getColumnNr()
        + "); send exactly one JSON value";
  }

  private static InvalidInputException invalid(String failure, String message) {
    return new InvalidInputException(failure, List.of(new Problem(null, null, null, message)));
  }
}
