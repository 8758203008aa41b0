package no.selvhjelp.finder.jcr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import no.selvhjelp.finder.content.ContentTypeDefinition;
import no.selvhjelp.finder.content.PropertyDefinition;

/**
 * Maps records to JCR nodes and back, driven by the content-type definitions rather than by
 * hand-written code per field: a property the YAML declares is stored under its own name with its
 * declared JCR type; a sub-model becomes a child node (a list of them, numbered children), as
 * Magnolia's content apps store them. The node name is the item's id.
 */
public final class NodeMapper {
  private static final String UNSTRUCTURED = "nt:unstructured";
  private final ObjectMapper json;

  /**
   * The properties that name another item: a group's contact point and the contact point that runs
   * the course it continues, a contact point's office.
   */
  static final Set<String> LINKS =
      Set.of("contactPointId", "courseContactPointId", "districtOfficeId");

  private static final Pattern IDENTIFIER =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public NodeMapper(ObjectMapper json) {
    this.json = json;
  }

  /** Writes every declared property of {@code item} to {@code node}, removing those now absent. */
  public void write(Object item, Node node, ContentTypeDefinition type) throws RepositoryException {
    JsonNode tree = json.valueToTree(item);
    writeProperties(tree, node, type.properties(), type);
  }

  public <T> T read(Node node, ContentTypeDefinition type, Class<T> recordType)
      throws RepositoryException {
    ObjectNode tree = json.createObjectNode();
    tree.put("id", node.getName());
    readProperties(node, tree, type.properties(), type);
    try {
      return json.treeToValue(tree, recordType);
    } catch (JsonProcessingException e) {
      throw new RepositoryException("Node " + node.getPath() + " does not fit " + type.name(), e);
    }
  }

  private void writeProperties(
      JsonNode tree, Node node, List<PropertyDefinition> properties, ContentTypeDefinition type)
      throws RepositoryException {
    ValueFactory values = node.getSession().getValueFactory();
    for (PropertyDefinition p : properties) {
      JsonNode value = tree.get(p.name());
      boolean absent = value == null || value.isNull();
      if (!p.isScalar()) {
        if (node.hasNode(p.name())) {
          node.getNode(p.name()).remove();
        }
        if (!absent) {
          Node child = node.addNode(p.name(), UNSTRUCTURED);
          if (p.multiple()) {
            for (int i = 0; i < value.size(); i++) {
              writeProperties(
                  value.get(i),
                  child.addNode(String.valueOf(i), UNSTRUCTURED),
                  type.subModel(p),
                  type);
            }
          } else {
            writeProperties(value, child, type.subModel(p), type);
          }
        }
      } else if (absent) {
        if (node.hasProperty(p.name())) {
          node.getProperty(p.name()).remove();
        }
      } else if (p.multiple()) {
        Value[] array = new Value[value.size()];
        for (int i = 0; i < array.length; i++) {
          array[i] = toValue(value.get(i), p, values);
        }
        node.setProperty(p.name(), array, jcrType(p));
      } else {
        node.setProperty(p.name(), toValue(value, p, values));
      }
    }
  }

  private void readProperties(
      Node node, ObjectNode tree, List<PropertyDefinition> properties, ContentTypeDefinition type)
      throws RepositoryException {
    for (PropertyDefinition p : properties) {
      if (!p.isScalar()) {
        if (node.hasNode(p.name())) {
          Node child = node.getNode(p.name());
          if (p.multiple()) {
            ArrayNode list = tree.putArray(p.name());
            for (NodeIterator it = child.getNodes(); it.hasNext(); ) {
              readProperties(it.nextNode(), list.addObject(), type.subModel(p), type);
            }
          } else {
            readProperties(child, tree.putObject(p.name()), type.subModel(p), type);
          }
        }
      } else if (node.hasProperty(p.name())) {
        Property property = node.getProperty(p.name());
        if (property.isMultiple()) {
          ArrayNode list = tree.putArray(p.name());
          for (Value v : property.getValues()) {
            list.add(toJson(v, p));
          }
        } else if (LINKS.contains(p.name())) {
          tree.put(p.name(), linkedId(node.getSession(), property.getString()));
        } else {
          tree.set(p.name(), toJson(property.getValue(), p));
        }
      }
    }
  }

  /**
   * The id an item's link property names. The engine stores the target's id (its node name), so
   * imports and exports round-trip by id; Magnolia's link field may store the target's identifier
   * (a UUID) instead. Both read as the id; an identifier of no node stays as it is (the link is
   * broken either way, and the raw value says which node it was).
   */
  static String linkedId(Session session, String value) throws RepositoryException {
    if (!IDENTIFIER.matcher(value).matches()) {
      return value;
    }
    try {
      return session.getNodeByIdentifier(value).getName();
    } catch (ItemNotFoundException e) {
      return value;
    }
  }

  private static int jcrType(PropertyDefinition p) {
    return switch (p.type()) {
      case "Boolean" -> PropertyType.BOOLEAN;
      case "Double" -> PropertyType.DOUBLE;
      case "Long" -> PropertyType.LONG;
      case "Date" -> PropertyType.DATE;
      default -> PropertyType.STRING;
    };
  }

  private static Value toValue(JsonNode v, PropertyDefinition p, ValueFactory values) {
    return switch (p.type()) {
      case "Boolean" -> values.createValue(v.booleanValue());
      case "Double" -> values.createValue(v.doubleValue());
      case "Long" -> values.createValue(v.longValue());
      case "Date" -> values.createValue(toCalendar(LocalDate.parse(v.textValue())));
      default -> values.createValue(v.textValue());
    };
  }

  private JsonNode toJson(Value v, PropertyDefinition p) throws RepositoryException {
    return switch (p.type()) {
      case "Boolean" -> json.getNodeFactory().booleanNode(v.getBoolean());
      case "Double" -> json.getNodeFactory().numberNode(v.getDouble());
      case "Long" -> json.getNodeFactory().numberNode(v.getLong());
      case "Date" -> json.getNodeFactory().textNode(toLocalDate(v.getDate()).toString());
      default -> json.getNodeFactory().textNode(v.getString());
    };
  }

  // A calendar day is stored as midnight UTC and read back in the calendar's own zone, so the day
  // never shifts whatever the server's default time zone is.
  static Calendar toCalendar(LocalDate date) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    return c;
  }

  static LocalDate toLocalDate(Calendar c) {
    return LocalDate.of(
        c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
  }
}
