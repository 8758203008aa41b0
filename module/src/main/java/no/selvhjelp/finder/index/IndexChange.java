package no.selvhjelp.finder.index;

/** What the index must do for one group id after a batch of repository events. */
public record IndexChange(String id, Kind kind) {
  public enum Kind {
    /** The group's node was removed: delete its document. */
    REMOVE,
    /** The group's node was added: index it. */
    ADD,
    /** A property or child of the group changed: re-index it. */
    CHANGE
  }
}
