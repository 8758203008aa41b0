package no.selvhjelp.finder.api;

import java.util.List;

/**
 * An item cannot be deleted while others link to it (groups to a contact point, contact points to a
 * district office); nothing was changed. Names every linking item so the editor can fix them.
 */
public class StillLinkedException extends RuntimeException {
  private final ItemType linkingType;
  private final List<String> linkingIds;

  public StillLinkedException(String message, ItemType linkingType, List<String> linkingIds) {
    super(message);
    this.linkingType = linkingType;
    this.linkingIds = List.copyOf(linkingIds);
  }

  public ItemType linkingType() {
    return linkingType;
  }

  public List<String> linkingIds() {
    return linkingIds;
  }
}
