package no.selvhjelp.finder.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.ProblemList;

/**
 * The versions an import body names for its items: each item's {@code version}, which the export
 * writes and which equals the admin read's ETag. It is not content, so it is taken out of the body
 * before the import's validation (which refuses unknown fields) and checked against the stored
 * items just before they are written.
 */
final class BaseVersions {
  /** The item field (and CSV column) an export writes the version in. */
  static final String FIELD = "version";

  /** One item's version: where it is in the body, and which item it is. */
  record Given(ItemType type, int index, String id, String version) {}

  private final List<Given> given;

  private BaseVersions(List<Given> given) {
    this.given = List.copyOf(given);
  }

  /**
   * Removes {@code version} from every item of {@code body} and returns what was given. A version
   * that is not text is a problem; a null or empty one is no version, as an empty CSV cell is.
   */
  static BaseVersions take(JsonNode body, ProblemList problems) {
    List<Given> given = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return new BaseVersions(given);
    }
    for (ItemType type : ItemType.values()) {
      JsonNode list = body.get(type.importKey());
      if (list == null || !list.isArray()) {
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof ObjectNode item) || !item.has(FIELD)) {
          continue;
        }
        JsonNode version = item.remove(FIELD);
        JsonNode id = item.get("id");
        if (version.isNull() || (version.isTextual() && version.textValue().isBlank())) {
          continue;
        }
        if (!version.isTextual()) {
          problems.add(
              new Problem(
                  type.importKey(),
                  i,
                  FIELD,
                  "must be the text the export wrote (the item's ETag), or left out"));
        } else if (id != null && id.isTextual()) {
          given.add(new Given(type, i, id.textValue(), unquoted(version.textValue())));
        }
      }
    }
    return new BaseVersions(given);
  }

  boolean isEmpty() {
    return given.isEmpty();
  }

  List<Given> given() {
    return given;
  }

  /** Accepts the tag as an ETag header writes it too: {@code "3f6b..."} or {@code W/"3f6b..."}. */
  private static String unquoted(String version) {
    String v = version.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    return v;
  }
}
