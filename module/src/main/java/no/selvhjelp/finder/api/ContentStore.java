package no.selvhjelp.finder.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The source of truth for groups, contact points and district offices. */
public interface ContentStore {

  /** Upserts by id, all-or-nothing. The batch must already be valid. */
  ImportCounts importBatch(ImportBatch batch);

  /**
   * Like {@link #importBatch(ImportBatch)}, signed by {@code editor} for the change history and
   * reporting progress. Stores without history or progress just import.
   */
  default ImportCounts importBatch(ImportBatch batch, String editor, ImportProgress progress) {
    return importBatch(batch);
  }

  /** Includes unpublished groups; public readers must check {@link Group#publiclyVisible()}. */
  Optional<Group> group(String id);

  /**
   * @return false if there was no such group
   */
  boolean deleteGroup(String id);

  Optional<ContactPoint> contactPoint(String id);

  List<ContactPoint> contactPoints();

  /** The contact points serving a kommune, by name: who helps its visitors and starts groups. */
  default List<ContactPoint> contactPointsOf(String kommune) {
    return contactPoints().stream()
        .filter(cp -> cp.kommuner().contains(kommune))
        .sorted(Comparator.comparing(ContactPoint::name))
        .toList();
  }

  Optional<DistrictOffice> districtOffice(String id);

  List<DistrictOffice> districtOffices();

  /** Streams every group (published or not) to the consumer, for rebuilding indexes and exports. */
  void forEachGroup(Consumer<Group> consumer);

  long groupCount();
}
