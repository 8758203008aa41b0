package no.selvhjelp.finder.content;

import java.util.Set;

/** One property of a content type as Magnolia's content-type YAML declares it. */
public record PropertyDefinition(String name, String type, boolean multiple, boolean required) {
  private static final Set<String> SCALARS = Set.of("String", "Boolean", "Double", "Long", "Date");

  /** True for JCR value types; false for a sub-model, which is stored as child node(s). */
  public boolean isScalar() {
    return SCALARS.contains(type);
  }
}
