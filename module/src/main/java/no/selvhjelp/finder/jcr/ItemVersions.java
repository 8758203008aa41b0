package no.selvhjelp.finder.jcr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.version.Version;
import javax.jcr.version.VersionHistory;
import javax.jcr.version.VersionIterator;
import javax.jcr.version.VersionManager;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.content.ContentTypeDefinition;
import no.selvhjelp.finder.content.PropertyDefinition;

/**
 * Change history with plain JCR versioning: every item node is {@code mix:versionable}, remembers
 * who wrote it last in {@link #EDITED_BY}, and gets a version after each save by {@code checkpoint}
 * (check in, then straight out again). Leaving nodes checked out matters: a checked-in node is
 * read-only, and Magnolia's content apps must still be able to edit it.
 */
final class ItemVersions {
  static final String VERSIONABLE = "mix:versionable";

  /**
   * The editor of the last write, copied into each version's frozen node. Not in the content model,
   * so the mapper neither reads nor removes it.
   */
  static final String EDITED_BY = "sh:editedBy";

  private final NodeMapper mapper;

  ItemVersions(NodeMapper mapper) {
    this.mapper = mapper;
  }

  /** Before writing an item's properties: make the node writable, versionable and signed. */
  void prepare(Node node, String editor) throws RepositoryException {
    if (node.isNodeType(VERSIONABLE)) {
      if (!node.isCheckedOut()) {
        // Someone checked it in and left it so; our write still needs it writable.
        versions(node).checkout(node.getPath());
      }
    } else {
      node.addMixin(VERSIONABLE);
    }
    node.setProperty(EDITED_BY, editor);
  }

  /** After the save: record the saved state as a new version; the node stays checked out. */
  void checkpoint(Node node) throws RepositoryException {
    versions(node).checkpoint(node.getPath());
  }

  /** Newest first. Empty for an item written before versioning existed and never since. */
  List<HistoryEntry> history(Node node, ContentTypeDefinition type) throws RepositoryException {
    if (!node.isNodeType(VERSIONABLE)) {
      return List.of();
    }
    VersionHistory history = versions(node).getVersionHistory(node.getPath());
    String root = history.getRootVersion().getName();
    List<HistoryEntry> entries = new ArrayList<>();
    ObjectNode previous = null;
    for (VersionIterator it = history.getAllLinearVersions(); it.hasNext(); ) {
      Version v = it.nextVersion();
      if (v.getName().equals(root)) {
        continue; // the root version is empty by definition
      }
      Node frozen = v.getFrozenNode();
      ObjectNode state = mapper.read(frozen, type, ObjectNode.class);
      state.remove("id");
      String who = frozen.hasProperty(EDITED_BY) ? frozen.getProperty(EDITED_BY).getString() : null;
      entries.add(
          new HistoryEntry(
              v.getName(), v.getCreated().toInstant(), who, changed(previous, state, type)));
      previous = state;
    }
    Collections.reverse(entries);
    return entries;
  }

  /** The model's fields (in model order) whose values differ; every set field for the first. */
  private static List<String> changed(
      ObjectNode before, ObjectNode after, ContentTypeDefinition type) {
    Set<String> names = new LinkedHashSet<>();
    type.properties().stream().map(PropertyDefinition::name).forEach(names::add);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      JsonNode a = before == null ? null : before.get(name);
      JsonNode b = after.get(name);
      if (!Objects.equals(a, b)) {
        changed.add(name);
      }
    }
    return changed;
  }

  private static VersionManager versions(Node node) throws RepositoryException {
    return node.getSession().getWorkspace().getVersionManager();
  }
}
