package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.index.GroupSearcher;
import no.selvhjelp.finder.index.LuceneSchema;
import no.selvhjelp.finder.shaded.lucene.document.Document;
import no.selvhjelp.finder.shaded.lucene.index.LeafReaderContext;
import no.selvhjelp.finder.shaded.lucene.index.StoredFields;
import no.selvhjelp.finder.shaded.lucene.search.CollectorManager;
import no.selvhjelp.finder.shaded.lucene.search.ConstantScoreQuery;
import no.selvhjelp.finder.shaded.lucene.search.Query;
import no.selvhjelp.finder.shaded.lucene.search.ScoreMode;
import no.selvhjelp.finder.shaded.lucene.search.SimpleCollector;

/**
 * The groups a coverage answer counts, read from the index with the search's own filters, so that
 * coverage and search can never disagree about which groups exist. Only the few stored fields that
 * say where a group is are loaded.
 */
final class CoverageGroups {
  /**
   * Where one group is: its kommune, whether it meets in person, its point if it has one, and for a
   * digital group the reach terms the index holds for it ({@link LuceneSchema#REACH}).
   */
  record Located(String kommune, boolean digital, Double lat, Double lon, Set<String> reach) {
    Located {
      reach = Set.copyOf(reach);
    }

    /**
     * Whether a digital group is open to the inhabitants of {@code kommunenummer}: the same rule as
     * the search's kommune filter, so a kommune's "digital groups open to us" is what a search for
     * that kommune lists.
     */
    boolean reaches(String kommunenummer) {
      return reach.contains(LuceneSchema.REACH_ALL)
          || reach.contains(LuceneSchema.reachKommune(kommunenummer));
    }
  }

  private static final Set<String> FIELDS =
      Set.of(
          LuceneSchema.KOMMUNE,
          LuceneSchema.FORMAT,
          LuceneSchema.LAT,
          LuceneSchema.LON,
          LuceneSchema.REACH);

  private CoverageGroups() {}

  static List<Located> matching(GroupSearcher searcher, Query filter) throws IOException {
    List<Integer> docs =
        searcher.search(new ConstantScoreQuery(searcher.filter(filter)), new DocIds());
    StoredFields stored = searcher.storedFields();
    List<Located> groups = new ArrayList<>(docs.size());
    for (int doc : docs) {
      Document d = stored.document(doc, FIELDS);
      var lat = d.getField(LuceneSchema.LAT);
      var lon = d.getField(LuceneSchema.LON);
      groups.add(
          new Located(
              d.get(LuceneSchema.KOMMUNE),
              "digital".equals(d.get(LuceneSchema.FORMAT)),
              lat == null ? null : lat.numericValue().doubleValue(),
              lon == null ? null : lon.numericValue().doubleValue(),
              Set.copyOf(List.of(d.getValues(LuceneSchema.REACH)))));
    }
    return groups;
  }

  /** Collects the ids of one searcher slice. */
  private static final class IdCollector extends SimpleCollector {
    private final List<Integer> ids = new ArrayList<>();
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      ids.add(base + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Every matching document id. */
  private static final class DocIds implements CollectorManager<IdCollector, List<Integer>> {
    @Override
    public IdCollector newCollector() {
      return new IdCollector();
    }

    @Override
    public List<Integer> reduce(Collection<IdCollector> collectors) {
      List<Integer> all = new ArrayList<>();
      collectors.forEach(c -> all.addAll(c.ids));
      return all;
    }
  }
}
