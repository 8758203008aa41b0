package no.selvhjelp.finder.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.observation.Event;

/**
 * Merges a batch of JCR events into one change per group: remove beats add beats change. One import
 * of 1,000 groups produces tens of thousands of property events; the index needs 1,000 updates.
 * Pure: it sees (type, path) pairs and knows nothing of JCR sessions or Lucene.
 */
public final class EventMerger {
  private final String root;

  /**
   * @param root the groups' root path, e.g. {@code /groups}
   */
  public EventMerger(String root) {
    this.root = root.endsWith("/") ? root : root + "/";
  }

  /** One observed event: its JCR type constant and the path it concerns. */
  public record Observed(int type, String path) {}

  public List<IndexChange> merge(List<Observed> events) {
    Map<String, IndexChange.Kind> byId = new LinkedHashMap<>();
    for (Observed e : events) {
      groupId(e.path())
          .ifPresent(
              id -> {
                IndexChange.Kind kind = kind(e, id);
                byId.merge(id, kind, EventMerger::stronger);
              });
    }
    return byId.entrySet().stream().map(en -> new IndexChange(en.getKey(), en.getValue())).toList();
  }

  private IndexChange.Kind kind(Observed e, String id) {
    boolean groupNodeItself = e.path().equals(root + id);
    if (groupNodeItself && e.type() == Event.NODE_REMOVED) {
      return IndexChange.Kind.REMOVE;
    }
    if (groupNodeItself && e.type() == Event.NODE_ADDED) {
      return IndexChange.Kind.ADD;
    }
    return IndexChange.Kind.CHANGE;
  }

  private static IndexChange.Kind stronger(IndexChange.Kind a, IndexChange.Kind b) {
    return a.ordinal() <= b.ordinal() ? a : b; // REMOVE < ADD < CHANGE in declaration order
  }

  /** The id of the group a path is in, if it is inside the groups' root at all. */
  Optional<String> groupId(String path) {
    if (path == null || !path.startsWith(root)) {
      return Optional.empty();
    }
    String rest = path.substring(root.length());
    int slash = rest.indexOf('/');
    String id = slash < 0 ? rest : rest.substring(0, slash);
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }
}
