package no.selvhjelp.finder.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Magnolia content type: where its items live (workspace, root path), their JCR node type, and
 * their properties. Sub-models are nested property lists referenced by a property's type.
 */
public record ContentTypeDefinition(
    String name,
    String workspace,
    String rootPath,
    String nodeType,
    List<PropertyDefinition> properties,
    Map<String, List<PropertyDefinition>> subModels) {

  public ContentTypeDefinition {
    properties = List.copyOf(properties);
    subModels = Map.copyOf(subModels);
  }

  public Optional<PropertyDefinition> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }

  /** The properties of the sub-model a non-scalar property refers to. */
  public List<PropertyDefinition> subModel(PropertyDefinition property) {
    List<PropertyDefinition> sub = subModels.get(property.type());
    if (sub == null) {
      throw new IllegalStateException(
          name + "." + property.name() + " has unknown type " + property.type());
    }
    return sub;
  }
}
