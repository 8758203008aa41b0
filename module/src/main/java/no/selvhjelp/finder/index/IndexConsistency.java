package no.selvhjelp.finder.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.selvhjelp.finder.api.ContentStore;

/**
 * Compares the index with the repository, group by group, by the content hash the index stores with
 * each document. The repository is the source of truth, so any difference is the index's fault.
 * Both are read one after the other, not in one snapshot: the answer is exact only while no write
 * is in flight (after an import, a restart, or a load test has stopped).
 */
public final class IndexConsistency {
  /** Ids listed per kind of difference; the counts are always complete. */
  static final int MAX_LISTED = 50;

  /**
   * @param missing in the repository but not in the index
   * @param stale in both, but the index holds another version
   * @param extra in the index but no longer in the repository
   * @param repositoryHashes id → content hash of every group in the repository, when asked for
   */
  public record Report(
      boolean consistent,
      long repositoryGroups,
      long indexedGroups,
      long missingCount,
      long staleCount,
      long extraCount,
      List<String> missing,
      List<String> stale,
      List<String> extra,
      Map<String, String> repositoryHashes) {}

  private final GroupIndex index;
  private final ContentStore store;

  public IndexConsistency(GroupIndex index, ContentStore store) {
    this.index = index;
    this.store = store;
  }

  /**
   * @param withHashes also return every repository group's content hash (for a client that wants to
   *     compare it with what it sent, see {@link GroupDocuments#hash})
   */
  public Report check(boolean withHashes) throws IOException {
    Map<String, String> indexed = index.indexedHashes();
    long indexedCount = indexed.size();
    Map<String, String> repository = new TreeMap<>();
    store.forEachGroup(g -> repository.put(g.id(), GroupDocuments.hash(g)));
    Diff missing = new Diff();
    Diff stale = new Diff();
    repository.forEach(
        (id, hash) -> {
          String inIndex = indexed.remove(id);
          if (inIndex == null) {
            missing.add(id);
          } else if (!inIndex.equals(hash)) {
            stale.add(id);
          }
        });
    Diff extra = new Diff();
    indexed.keySet().stream().sorted().forEach(extra::add);
    return new Report(
        missing.count == 0 && stale.count == 0 && extra.count == 0,
        repository.size(),
        indexedCount,
        missing.count,
        stale.count,
        extra.count,
        missing.ids,
        stale.ids,
        extra.ids,
        withHashes ? repository : null);
  }

  private static final class Diff {
    private final List<String> ids = new ArrayList<>();
    private long count;

    void add(String id) {
      count++;
      if (ids.size() < MAX_LISTED) {
        ids.add(id);
      }
    }
  }
}
