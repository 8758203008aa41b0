package no.selvhjelp.finder.api;

import java.util.List;

/**
 * One of Selvhjelp Norge's district offices, serving whole fylker. Mirrors {@code
 * districtOffice.yaml}.
 */
public record DistrictOffice(
    String id,
    String name,
    List<String> fylker,
    String address,
    String phone,
    String email,
    String url,
    String description,
    List<OfficeContact> contacts) {

  public DistrictOffice {
    fylker = fylker == null ? List.of() : List.copyOf(fylker);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
