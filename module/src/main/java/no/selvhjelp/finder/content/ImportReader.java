package no.selvhjelp.finder.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.ProblemList;

/**
 * Turns an import body into an {@link ImportBatch}, or reports every problem in it at once: for
 * each item the shape the content model declares, the domain rules ({@link ContentRules}) and its
 * links (to items in the same body or already stored), all in one pass. A field with a broken shape
 * is left out of the rule checks, so one mistake is reported once, and the other fields are still
 * checked: an editor fixes a file in one round trip, not one per problem.
 */
public final class ImportReader {
  public static final String GROUPS = "groups";
  public static final String CONTACT_POINTS = "contactPoints";
  public static final String DISTRICT_OFFICES = "districtOffices";

  /** More items than this in one request is a bulk load: split it. */
  public static final int MAX_ITEMS = 20_000;

  /** The sentence of every failed import; callers that are not an import say their own. */
  public static final String INVALID = "Invalid import: nothing was stored";

  /** Whether an item is already stored, for links to items outside the body. */
  public interface StoredItems {
    boolean exists(ItemType type, String id);

    /** For a body read without a store at hand: links are taken to resolve. */
    StoredItems UNCHECKED = (type, id) -> true;
  }

  private final ContentModel model;
  private final ContentRules rules;
  private final ObjectMapper mapper;

  public ImportReader(ContentModel model, ReferenceData referenceData, ObjectMapper mapper) {
    this.model = model;
    this.rules = new ContentRules(referenceData);
    this.mapper = mapper;
  }

  /** Reads a body's shape and rules (not its links); throws with every problem. */
  public ImportBatch read(JsonNode root) {
    ProblemList problems = new ProblemList();
    ImportBatch batch = read(root, StoredItems.UNCHECKED, problems);
    problems.throwIfAny(INVALID);
    return batch;
  }

  /** Reads a body, adding every problem to {@code problems}; the batch is only valid without. */
  public ImportBatch read(JsonNode root, StoredItems stored, ProblemList problems) {
    if (root == null || !root.isObject()) {
      problems.add(
          new Problem(
              null,
              null,
              null,
              "the body must be a JSON object with the keys groups, contactPoints, districtOffices"));
      return new ImportBatch(List.of(), List.of(), List.of());
    }
    Set<String> keys = Set.of(GROUPS, CONTACT_POINTS, DISTRICT_OFFICES);
    root.fieldNames()
        .forEachRemaining(
            k -> {
              if (!keys.contains(k)) {
                problems.add(
                    new Problem(
                        null,
                        null,
                        k,
                        "is not a known key; use groups, contactPoints, districtOffices"));
              }
            });
    Set<String> officeIds = ids(root.get(DISTRICT_OFFICES));
    Set<String> pointIds = ids(root.get(CONTACT_POINTS));
    List<DistrictOffice> offices =
        section(
            root,
            DISTRICT_OFFICES,
            model.districtOffice(),
            DistrictOffice.class,
            problems,
            rules::check);
    List<ContactPoint> points =
        section(
            root,
            CONTACT_POINTS,
            model.contactPoint(),
            ContactPoint.class,
            problems,
            (cp, report) -> {
              rules.check(cp, report);
              link(
                  cp.districtOfficeId(),
                  "districtOfficeId",
                  ItemType.DISTRICT_OFFICE,
                  officeIds,
                  stored,
                  report);
            });
    List<Group> groups =
        section(
            root,
            GROUPS,
            model.group(),
            Group.class,
            problems,
            (g, report) -> {
              rules.check(g, report);
              link(
                  g.contactPointId(),
                  "contactPointId",
                  ItemType.CONTACT_POINT,
                  pointIds,
                  stored,
                  report);
              // The contact point that runs the course links like contactPointId does.
              link(
                  g.courseContactPointId(),
                  "courseContactPointId",
                  ItemType.CONTACT_POINT,
                  pointIds,
                  stored,
                  report);
            });
    return new ImportBatch(offices, points, groups);
  }

  private interface Rule<T> {
    void check(T item, BiConsumer<String, String> report);
  }

  private static void link(
      String id,
      String field,
      ItemType target,
      Set<String> inBody,
      StoredItems stored,
      BiConsumer<String, String> report) {
    // A malformed id is reported by the rules already.
    if (id != null
        && Codes.ID.matcher(id).matches()
        && !inBody.contains(id)
        && !stored.exists(target, id)) {
      String what = target == ItemType.DISTRICT_OFFICE ? "district office" : "contact point";
      report.accept(field, "no " + what + " has the id '" + id + "'");
    }
  }

  /** The ids a section names, valid items or not, so that links to them are not reported too. */
  private static Set<String> ids(JsonNode list) {
    Set<String> ids = new HashSet<>();
    if (list != null && list.isArray()) {
      for (JsonNode item : list) {
        if (item.isObject() && item.get("id") != null && item.get("id").isTextual()) {
          ids.add(item.get("id").textValue());
        }
      }
    }
    return ids;
  }

  private <T> List<T> section(
      JsonNode root,
      String key,
      ContentTypeDefinition type,
      Class<T> recordType,
      ProblemList problems,
      Rule<T> rule) {
    JsonNode list = root.get(key);
    List<T> items = new ArrayList<>();
    if (list == null) {
      return items;
    }
    if (!list.isArray()) {
      problems.add(
          new Problem(
              key,
              null,
              null,
              "must be a list, not "
                  + StructureCheck.describe(list)
                  + (list.isNull() ? "; leave the key out when there is nothing to send" : "")));
      return items;
    }
    if (list.size() > MAX_ITEMS) {
      problems.add(
          new Problem(
              key,
              null,
              null,
              "has " + list.size() + " items; send at most " + MAX_ITEMS + " per import"));
      return items;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      Set<String> broken = new HashSet<>();
      BiConsumer<String, String> report =
          (field, msg) -> problems.add(new Problem(key, index, field, msg));
      BiConsumer<String, String> structure =
          (field, msg) -> {
            broken.add(field == null ? "" : topLevel(field));
            report.accept(field, msg);
          };
      JsonNode item = list.get(i);
      boolean wellFormed = new StructureCheck(structure).check(item, type);
      if (!item.isObject() || broken.contains("")) {
        continue;
      }
      JsonNode id = item.get("id");
      if (id != null && id.isTextual() && !seen.add(id.textValue())) {
        report.accept("id", "'" + id.textValue() + "' appears more than once in " + key);
      }
      T value = readable(item, broken, recordType, report);
      if (value == null) {
        continue;
      }
      rule.check(value, report);
      if (wellFormed) {
        items.add(value);
      }
    }
    return items;
  }

  /**
   * The item as its record, without the fields whose shape is broken (already reported), so the
   * rules can check the rest. Coordinates go as a pair: one of them alone is a problem of its own.
   */
  private <T> T readable(
      JsonNode item, Set<String> broken, Class<T> recordType, BiConsumer<String, String> report) {
    ObjectNode copy = ((ObjectNode) item).deepCopy();
    copy.remove(broken);
    if (broken.contains("lat") || broken.contains("lon")) {
      copy.remove(List.of("lat", "lon"));
    }
    try {
      return mapper.treeToValue(copy, recordType);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      if (broken.isEmpty()) {
        report.accept(null, "could not be read: " + JsonBodies.plain(e));
      }
      return null;
    }
  }

  private static String topLevel(String field) {
    int end = field.length();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return field.substring(0, end);
  }
}
