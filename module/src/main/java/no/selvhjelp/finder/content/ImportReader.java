package no.selvhjelp.finder.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;

/**
 * Turns an import body into an {@link ImportBatch}, or reports every problem in it at once, per
 * item: first the shape the content model declares, then the domain rules. Cross-references to
 * content already stored are checked by {@link ImportService}.
 */
public final class ImportReader {
  public static final String GROUPS = "groups";
  public static final String CONTACT_POINTS = "contactPoints";
  public static final String DISTRICT_OFFICES = "districtOffices";

  /** More items than this in one request is a bulk load: split it. */
  public static final int MAX_ITEMS = 20_000;

  private final ContentModel model;
  private final ContentRules rules;
  private final ObjectMapper mapper;

  public ImportReader(ContentModel model, ReferenceData referenceData, ObjectMapper mapper) {
    this.model = model;
    this.rules = new ContentRules(referenceData);
    this.mapper = mapper;
  }

  public ImportBatch read(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      problems.add(
          new Problem(
              null,
              null,
              null,
              "the body must be a JSON object with the keys groups, contactPoints, districtOffices"));
      throw new InvalidInputException("Invalid import", problems);
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
            root, CONTACT_POINTS, model.contactPoint(), ContactPoint.class, problems, rules::check);
    List<Group> groups = section(root, GROUPS, model.group(), Group.class, problems, rules::check);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Invalid import: nothing was stored", problems);
    }
    return new ImportBatch(offices, points, groups);
  }

  private interface Rule<T> {
    void check(T item, BiConsumer<String, String> report);
  }

  private <T> List<T> section(
      JsonNode root,
      String key,
      ContentTypeDefinition type,
      Class<T> recordType,
      List<Problem> problems,
      Rule<T> rule) {
    JsonNode list = root.get(key);
    List<T> items = new ArrayList<>();
    if (list == null || list.isNull()) {
      return items;
    }
    if (!list.isArray()) {
      problems.add(
          new Problem(key, null, null, "must be a list, not " + StructureCheck.describe(list)));
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
      BiConsumer<String, String> report =
          (field, msg) -> problems.add(new Problem(key, index, field, msg));
      JsonNode item = list.get(i);
      if (!new StructureCheck(report).check(item, type)) {
        continue;
      }
      String id = item.get("id").textValue();
      if (!seen.add(id)) {
        report.accept("id", "'" + id + "' appears more than once in " + key);
      }
      T value;
      try {
        value = mapper.treeToValue(item, recordType);
      } catch (JsonProcessingException e) {
        report.accept(null, "could not be read: " + e.getOriginalMessage());
        continue;
      }
      rule.check(value, report);
      items.add(value);
    }
    return items;
  }
}
