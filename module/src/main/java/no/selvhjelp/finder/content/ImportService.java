package no.selvhjelp.finder.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.ProblemList;

/**
 * The one way content gets in: read and validate the whole batch, check that its links resolve
 * (within the batch or to stored content), fill in coordinates from postnummer or kommune, then
 * store it in one save. Any problem anywhere means nothing is stored.
 */
public final class ImportService {
  private final ImportReader reader;
  private final ContentStore store;
  private final ReferenceData ref;

  public ImportService(ImportReader reader, ContentStore store, ReferenceData ref) {
    this.reader = reader;
    this.store = store;
    this.ref = ref;
  }

  public ImportCounts importJson(JsonNode body) {
    ProblemList problems = new ProblemList();
    ImportBatch batch = validate(body, problems);
    problems.throwIfAny(ImportReader.INVALID);
    return store.importBatch(completed(batch));
  }

  /** Stores records built in code (demo content, tests): only their links are checked. */
  public ImportCounts importBatch(ImportBatch batch) {
    checkLinks(batch);
    return store.importBatch(completed(batch));
  }

  /** Validates and stores an import body, signed by {@code editor}, reporting progress. */
  public ImportCounts importJson(JsonNode body, String editor, ImportProgress progress) {
    progress.phase("validating", 1);
    ProblemList problems = new ProblemList();
    ImportBatch batch = validate(body, problems);
    problems.throwIfAny(ImportReader.INVALID);
    progress.step();
    return store(batch, editor, progress);
  }

  /**
   * Checks a body completely (shape, rules, links to the body and to stored content), adding every
   * problem to {@code problems}; the batch may only be stored if none was added.
   */
  public ImportBatch validate(JsonNode body, ProblemList problems) {
    return reader.read(body, this::stored, problems);
  }

  /** Stores a batch that {@link #validate} found valid, in one save. */
  public ImportCounts store(ImportBatch batch, String editor, ImportProgress progress) {
    return store.importBatch(completed(batch), editor, progress);
  }

  private boolean stored(ItemType type, String id) {
    return switch (type) {
      case GROUP -> store.group(id).isPresent();
      case CONTACT_POINT -> store.contactPoint(id).isPresent();
      case DISTRICT_OFFICE -> store.districtOffice(id).isPresent();
    };
  }

  private void checkLinks(ImportBatch batch) {
    List<Problem> problems = new ArrayList<>();
    Set<String> offices = new HashSet<>();
    batch.districtOffices().forEach(d -> offices.add(d.id()));
    Set<String> points = new HashSet<>();
    batch.contactPoints().forEach(cp -> points.add(cp.id()));
    for (int i = 0; i < batch.contactPoints().size(); i++) {
      String officeId = batch.contactPoints().get(i).districtOfficeId();
      if (officeId != null
          && !offices.contains(officeId)
          && !stored(ItemType.DISTRICT_OFFICE, officeId)) {
        problems.add(
            new Problem(
                ImportReader.CONTACT_POINTS,
                i,
                "districtOfficeId",
                "no district office has the id '" + officeId + "'"));
      }
    }
    for (int i = 0; i < batch.groups().size(); i++) {
      String pointId = batch.groups().get(i).contactPointId();
      if (pointId != null
          && !points.contains(pointId)
          && !stored(ItemType.CONTACT_POINT, pointId)) {
        problems.add(
            new Problem(
                ImportReader.GROUPS,
                i,
                "contactPointId",
                "no contact point has the id '" + pointId + "'"));
      }
      String coursePointId = batch.groups().get(i).courseContactPointId();
      if (coursePointId != null
          && !points.contains(coursePointId)
          && store.contactPoint(coursePointId).isEmpty()) {
        problems.add(
            new Problem(
                ImportReader.GROUPS,
                i,
                "courseContactPointId",
                "no contact point has the id '" + coursePointId + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(ImportReader.INVALID, problems);
    }
  }

  /**
   * The batch as it will be stored, derived values filled in: stored, so that every reader (and the
   * index) sees the same group.
   */
  public ImportBatch completed(ImportBatch batch) {
    List<Group> groups = new ArrayList<>();
    for (Group g : batch.groups()) {
      Group done = g.published() == null ? g.withPublished(true) : g;
      if (done.lat() == null) {
        GeoPoint p = ref.locate(done.postnummer(), done.kommunenummer()).orElse(null);
        if (p != null) {
          done = done.withCoordinates(p.lat(), p.lon());
        }
      }
      groups.add(done);
    }
    List<ContactPoint> points = new ArrayList<>();
    for (ContactPoint cp : batch.contactPoints()) {
      GeoPoint p =
          cp.lat() != null || cp.kommuner().isEmpty()
              ? null
              : ref.locate(cp.postnummer(), cp.kommuner().get(0)).orElse(null);
      points.add(p == null ? cp : cp.withCoordinates(p.lat(), p.lon()));
    }
    List<DistrictOffice> offices = batch.districtOffices();
    return new ImportBatch(offices, points, groups);
  }
}
