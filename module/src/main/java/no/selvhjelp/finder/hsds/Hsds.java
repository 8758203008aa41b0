package no.selvhjelp.finder.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The HSDS 3.0 objects this export writes, with HSDS's snake_case names. Only the fields we fill
 * are here; docs/hsds.md lists what is left out and why. Empty lists and absent values are not
 * written.
 */
public final class Hsds {
  private Hsds() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ApiInfo(String version, String profile, String openapiUrl) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Page<T>(
      long totalItems,
      long totalPages,
      int pageNumber,
      int size,
      boolean firstPage,
      boolean lastPage,
      boolean empty,
      List<T> contents) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Service(
      String id,
      String organizationId,
      String name,
      String description,
      String url,
      String email,
      String status,
      String alert,
      String applicationProcess,
      String eligibilityDescription,
      String assuredDate,
      List<Phone> phones,
      List<Schedule> schedules,
      List<ServiceArea> serviceAreas,
      List<ServiceAtLocation> serviceAtLocations,
      List<Language> languages,
      Organization organization,
      List<Contact> contacts) {

    /** The one-to-one fields only, as HSDS's list responses carry them. */
    public Service flat() {
      return new Service(
          id,
          organizationId,
          name,
          description,
          url,
          email,
          status,
          alert,
          applicationProcess,
          eligibilityDescription,
          assuredDate,
          null,
          null,
          null,
          null,
          null,
          organization == null ? null : organization.flat(),
          null);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Organization(
      String id,
      String name,
      String description,
      String email,
      String website,
      String parentOrganizationId,
      List<Phone> phones,
      List<Contact> contacts,
      List<Location> locations) {

    public Organization flat() {
      return new Organization(
          id, name, description, email, website, parentOrganizationId, null, null, null);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Location(
      String id,
      String locationType,
      String organizationId,
      String name,
      Double latitude,
      Double longitude,
      List<Address> addresses) {

    public Location flat() {
      return new Location(id, locationType, organizationId, name, latitude, longitude, null);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Address(
      String id,
      String locationId,
      @JsonProperty("address_1") String address1,
      String city,
      String region,
      String stateProvince,
      String postalCode,
      String country,
      String addressType) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Schedule(
      String id,
      String serviceId,
      String description,
      String freq,
      Integer interval,
      String byday,
      String bymonthday,
      String dtstart,
      String wkst,
      String opensAt,
      String closesAt,
      String attendingType,
      String notes) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Language(String id, String serviceId, String name, String code) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Phone(
      String id, String serviceId, String organizationId, String contactId, String number) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Contact(
      String id,
      String serviceId,
      String organizationId,
      String name,
      String title,
      String email,
      List<Phone> phones) {}

  /** Where a digital group's participants may live: the whole country, a fylke or a kommune. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ServiceArea(
      String id, String serviceId, String name, String description, String extentType) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ServiceAtLocation(
      String id, String serviceId, String locationId, Location location, Service service) {}
}
