package no.selvhjelp.finder.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The content model, read from the light module's content-type YAML on the classpath ({@code
 * /selvhjelp/contentTypes/*.yaml}). Those files are the one definition that Magnolia and this
 * engine share, so the model cannot drift between the two hosts.
 */
public final class ContentModel {
  public static final String GROUP = "group";
  public static final String CONTACT_POINT = "contactPoint";
  public static final String DISTRICT_OFFICE = "districtOffice";

  private final Map<String, ContentTypeDefinition> types;

  private ContentModel(Map<String, ContentTypeDefinition> types) {
    this.types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  public static ContentModel load() {
    Map<String, ContentTypeDefinition> types = new LinkedHashMap<>();
    for (String name : List.of(GROUP, CONTACT_POINT, DISTRICT_OFFICE)) {
      types.put(name, read(name));
    }
    return new ContentModel(types);
  }

  public ContentTypeDefinition group() {
    return types.get(GROUP);
  }

  public ContentTypeDefinition contactPoint() {
    return types.get(CONTACT_POINT);
  }

  public ContentTypeDefinition districtOffice() {
    return types.get(DISTRICT_OFFICE);
  }

  public List<ContentTypeDefinition> all() {
    return List.copyOf(types.values());
  }

  private static ContentTypeDefinition read(String name) {
    String resource = "/selvhjelp/contentTypes/" + name + ".yaml";
    try (InputStream in = ContentModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Content type missing from classpath: " + resource);
      }
      Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, Object> datasource = map(yaml.get("datasource"), resource + " datasource");
      Map<String, Object> model = map(yaml.get("model"), resource + " model");
      Map<String, List<PropertyDefinition>> subModels = new LinkedHashMap<>();
      for (Object sub : list(model.get("subModels"))) {
        Map<String, Object> subMap = map(sub, resource + " subModel");
        subModels.put((String) subMap.get("name"), properties(subMap.get("properties"), resource));
      }
      return new ContentTypeDefinition(
          name,
          (String) datasource.get("workspace"),
          (String) datasource.getOrDefault("rootPath", "/"),
          (String) model.get("nodeType"),
          properties(model.get("properties"), resource),
          subModels);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static List<PropertyDefinition> properties(Object yamlList, String resource) {
    List<PropertyDefinition> result = new ArrayList<>();
    for (Object item : list(yamlList)) {
      Map<String, Object> p = map(item, resource + " property");
      result.add(
          new PropertyDefinition(
              (String) p.get("name"),
              (String) p.getOrDefault("type", "String"),
              Boolean.TRUE.equals(p.get("multiple")),
              Boolean.TRUE.equals(p.get("required"))));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String what) {
    if (!(o instanceof Map)) {
      throw new IllegalStateException(what + " is not a YAML mapping");
    }
    return (Map<String, Object>) o;
  }

  private static List<Object> list(Object o) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new IllegalStateException("Expected a YAML list, got " + o);
    }
    return new ArrayList<>(l);
  }
}
