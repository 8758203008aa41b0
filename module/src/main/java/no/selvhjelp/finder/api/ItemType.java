package no.selvhjelp.finder.api;

import java.util.Optional;

/**
 * The three kinds of content, as the API names them: in paths ({@code /api/v1/contact-points}) and
 * as the keys of an import body ({@code contactPoints}).
 */
public enum ItemType {
  GROUP("groups", "groups"),
  CONTACT_POINT("contact-points", "contactPoints"),
  DISTRICT_OFFICE("district-offices", "districtOffices");

  private final String pathSegment;
  private final String importKey;

  ItemType(String pathSegment, String importKey) {
    this.pathSegment = pathSegment;
    this.importKey = importKey;
  }

  public String pathSegment() {
    return pathSegment;
  }

  public String importKey() {
    return importKey;
  }

  /** The type a path segment names, e.g. {@code contact-points}; empty for anything else. */
  public static Optional<ItemType> ofPath(String segment) {
    for (ItemType t : values()) {
      if (t.pathSegment.equals(segment)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
