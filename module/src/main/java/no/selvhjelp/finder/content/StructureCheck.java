package no.selvhjelp.finder.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import no.selvhjelp.finder.api.Codes;

/**
 * Checks one JSON item against its content-type definition: known fields only, required fields
 * present, every value of its declared type, lists where the model says multiple, text within
 * limits. Problems are reported as (field path, message); nothing is thrown.
 */
final class StructureCheck {
  private final BiConsumer<String, String> report;
  private int count;

  StructureCheck(BiConsumer<String, String> report) {
    this.report = report;
  }

  /** Returns true if the item is well-formed enough to be converted to its record. */
  boolean check(JsonNode item, ContentTypeDefinition type) {
    if (!item.isObject()) {
      report.accept(null, "must be a JSON object, not " + describe(item));
      return false;
    }
    int before = count;
    checkId(item.get("id"));
    checkObject(item, "", type.properties(), type, Set.of("id"));
    return count == before;
  }

  private void problem(String field, String message) {
    count++;
    report.accept(field, message);
  }

  private void checkId(JsonNode id) {
    if (id == null || id.isNull()) {
      problem("id", "is required");
    } else if (!id.isTextual()) {
      problem("id", "must be a string, not " + describe(id));
    } else if (!Codes.ID.matcher(id.textValue()).matches()) {
      problem(
          "id",
          "must be 1 to 64 characters of a-z, 0-9 and '-', got '" + clip(id.textValue()) + "'");
    }
  }

  private void checkObject(
      JsonNode object,
      String prefix,
      List<PropertyDefinition> properties,
      ContentTypeDefinition type,
      Set<String> extraAllowed) {
    Set<String> known = new HashSet<>(extraAllowed);
    for (PropertyDefinition p : properties) {
      known.add(p.name());
      checkProperty(object.get(p.name()), prefix + p.name(), p, type);
    }
    object
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                problem(prefix + name, "is not a known field");
              }
            });
  }

  private void checkProperty(
      JsonNode value, String path, PropertyDefinition p, ContentTypeDefinition type) {
    if (value == null || value.isNull()) {
      if (p.required()) {
        problem(path, "is required");
      }
      return;
    }
    if (p.multiple()) {
      if (!value.isArray()) {
        problem(path, "must be a list, not " + describe(value));
        return;
      }
      if (value.size() > TextLimits.MAX_LIST_SIZE) {
        problem(
            path,
            "has " + value.size() + " entries; the most allowed is " + TextLimits.MAX_LIST_SIZE);
        return;
      }
      if (p.required() && value.isEmpty()) {
        problem(path, "must have at least one entry");
      }
      for (int i = 0; i < value.size(); i++) {
        checkValue(value.get(i), path + "[" + i + "]", p, type);
      }
    } else {
      checkValue(value, path, p, type);
    }
  }

  private void checkValue(
      JsonNode value, String path, PropertyDefinition p, ContentTypeDefinition type) {
    if (!p.isScalar()) {
      if (!value.isObject()) {
        problem(path, "must be an object, not " + describe(value));
      } else {
        checkObject(value, path + ".", type.subModel(p), type, Set.of());
      }
      return;
    }
    switch (p.type()) {
      case "String" -> {
        if (!value.isTextual()) {
          problem(path, "must be a string, not " + describe(value));
        } else {
          String text = value.textValue();
          String why = TextLimits.problemWith(p.name(), text);
          if (why != null) {
            problem(path, why);
          } else if (p.required() && text.isBlank()) {
            problem(path, "must not be empty");
          }
        }
      }
      case "Boolean" -> {
        if (!value.isBoolean()) {
          problem(path, "must be true or false, not " + describe(value));
        }
      }
      case "Double" -> {
        if (!value.isNumber()) {
          problem(path, "must be a number, not " + describe(value));
        } else if (!Double.isFinite(value.doubleValue())) {
          problem(path, "must be a finite number");
        }
      }
      case "Long" -> {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
          problem(path, "must be a whole number, not " + describe(value));
        }
      }
      case "Date" -> {
        if (!value.isTextual()) {
          problem(path, "must be a date string yyyy-mm-dd, not " + describe(value));
        } else {
          try {
            LocalDate.parse(value.textValue());
          } catch (DateTimeParseException e) {
            problem(path, "must be a date yyyy-mm-dd, got '" + clip(value.textValue()) + "'");
          }
        }
      }
      default -> throw new IllegalStateException("Unhandled type " + p.type());
    }
  }

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true/false";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase();
    };
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
