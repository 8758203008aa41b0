package no.selvhjelp.finder.server;

import java.util.regex.Pattern;

/**
 * This server as one node of a Jackrabbit cluster on PostgreSQL (docs/scaling.md): its id names its
 * row in the journal's {@code LOCAL_REVISIONS} table, which records how far it has replayed the
 * other nodes' saves. The id must therefore be unique in the cluster and stay the same across the
 * node's restarts.
 */
public record ClusterNode(String id) {
  // The id is stored in a varchar(255) column and printed in logs: keep it plain and short.
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public ClusterNode {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a cluster node id is 1 to 64 letters, digits, '.', '_' or '-', got " + id);
    }
  }
}
