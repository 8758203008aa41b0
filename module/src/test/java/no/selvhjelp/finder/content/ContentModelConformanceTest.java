package no.selvhjelp.finder.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.OfficeContact;
import org.junit.jupiter.api.Test;

/**
 * The light module's content-type YAML is the model; the Java records must match it field for field
 * (name, type, single or multiple), in order, so the two hosts can never drift apart.
 */
class ContentModelConformanceTest {
  private final ContentModel model = ContentModel.load();

  @Test
  void groupRecordMatchesGroupContentType() {
    assertThat(describe(Group.class))
        .isEqualTo(describe(model.group(), model.group().properties()));
  }

  @Test
  void contactPointRecordMatchesContactPointContentType() {
    assertThat(describe(ContactPoint.class))
        .isEqualTo(describe(model.contactPoint(), model.contactPoint().properties()));
  }

  @Test
  void districtOfficeRecordMatchesDistrictOfficeContentType() {
    assertThat(describe(DistrictOffice.class))
        .isEqualTo(describe(model.districtOffice(), model.districtOffice().properties()));
  }

  @Test
  void subModelsMatchTheirRecords() {
    assertThat(describe(Contact.class))
        .isEqualTo(describe(model.group(), model.group().subModels().get("groupContact")));
    assertThat(describe(OfficeContact.class))
        .isEqualTo(
            describe(
                model.districtOffice(), model.districtOffice().subModels().get("officeContact")));
  }

  @Test
  void contentTypesShareOneWorkspaceWithOwnRootsAndNodeTypes() {
    assertThat(model.all()).extracting(ContentTypeDefinition::workspace).containsOnly("selvhjelp");
    assertThat(model.all())
        .extracting(ContentTypeDefinition::rootPath)
        .containsExactly("/groups", "/contactPoints", "/districtOffices");
    assertThat(model.all())
        .extracting(ContentTypeDefinition::nodeType)
        .containsExactly("sh:group", "sh:contactPoint", "sh:districtOffice");
  }

  /** name -> "Type" or "Type[]"; the id is the node name, so it is added for items. */
  private static Map<String, String> describe(
      ContentTypeDefinition type, List<PropertyDefinition> props) {
    Map<String, String> result = new LinkedHashMap<>();
    if (props == type.properties()) {
      result.put("id", "String");
    }
    for (PropertyDefinition p : props) {
      String t = p.isScalar() ? p.type() : "sub:" + p.type();
      result.put(p.name(), p.multiple() ? t + "[]" : t);
    }
    return result;
  }

  private static Map<String, String> describe(Class<?> record) {
    Map<String, String> result = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      result.put(c.getName(), javaType(c.getGenericType()));
    }
    return result;
  }

  private static String javaType(Type type) {
    if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
      return javaType(pt.getActualTypeArguments()[0]) + "[]";
    }
    if (type == String.class) {
      return "String";
    }
    if (type == Double.class) {
      return "Double";
    }
    if (type == Boolean.class) {
      return "Boolean";
    }
    if (type == Long.class) {
      return "Long";
    }
    if (type == LocalDate.class) {
      return "Date";
    }
    if (type == Contact.class) {
      return "sub:groupContact";
    }
    if (type == OfficeContact.class) {
      return "sub:officeContact";
    }
    return "unmapped:" + type.getTypeName();
  }
}
