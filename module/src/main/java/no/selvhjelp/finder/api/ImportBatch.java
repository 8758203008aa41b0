package no.selvhjelp.finder.api;

import java.util.List;

/** Everything one import carries. It is stored all together or not at all. */
public record ImportBatch(
    List<DistrictOffice> districtOffices, List<ContactPoint> contactPoints, List<Group> groups) {
  public ImportBatch {
    districtOffices = districtOffices == null ? List.of() : List.copyOf(districtOffices);
    contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
