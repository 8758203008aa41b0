package no.selvhjelp.finder.hsds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.hsds.Hsds.Location;
import no.selvhjelp.finder.hsds.Hsds.Organization;
import no.selvhjelp.finder.hsds.Hsds.Service;
import no.selvhjelp.finder.hsds.Hsds.ServiceAtLocation;

/**
 * The HSDS view of the repository: published groups as services, district offices and contact
 * points as organizations, meeting places as locations. It reads from the content store (the source
 * of truth, not the search index) on every {@link #snapshot()}, so an export is consistent within
 * itself and never shows an unpublished group.
 */
public final class HsdsCatalogue {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ContentStore store;
  private final ReferenceData ref;
  private final Clock clock;

  public HsdsCatalogue(ContentStore store, ReferenceData ref, Clock clock) {
    this.store = store;
    this.ref = ref;
    this.clock = clock;
  }

  public Snapshot snapshot() {
    HsdsMapper mapper = new HsdsMapper(ref, LocalDate.now(clock.withZone(OSLO)));
    Map<String, Organization> organizations = new LinkedHashMap<>();
    Map<String, Organization> byContactPoint = new LinkedHashMap<>();
    store.districtOffices().stream()
        .sorted(Comparator.comparing(DistrictOffice::id))
        .forEach(
            d -> organizations.put(HsdsMapper.districtOfficeId(d.id()), mapper.districtOffice(d)));
    store.contactPoints().stream()
        .sorted(Comparator.comparing(ContactPoint::id))
        .forEach(
            cp -> {
              Organization o = mapper.contactPoint(cp);
              organizations.put(o.id(), o);
              byContactPoint.put(cp.id(), o);
            });

    List<Group> groups = new ArrayList<>();
    store.forEachGroup(
        g -> {
          if (g.publiclyVisible()) {
            groups.add(g);
          }
        });
    groups.sort(Comparator.comparing(Group::id));

    Map<String, Location> places = new LinkedHashMap<>();
    Map<String, Service> services = new LinkedHashMap<>();
    Map<String, ServiceAtLocation> serviceAtLocations = new LinkedHashMap<>();
    for (Group g : groups) {
      Organization organization =
          g.contactPointId() == null ? null : byContactPoint.get(g.contactPointId());
      String key = HsdsMapper.meetingPlaceKey(g);
      ServiceAtLocation link = null;
      if (key != null) {
        // Groups that meet at the same address share one location; the first group (by id)
        // gives its coordinates.
        Location place = places.computeIfAbsent(key, k -> mapper.meetingPlace(k, g));
        link =
            new ServiceAtLocation(
                HsdsMapper.serviceAtLocationId(g),
                HsdsMapper.serviceId(g),
                place.id(),
                place,
                null);
      }
      Organization courseRunner =
          g.courseContactPointId() == null ? null : byContactPoint.get(g.courseContactPointId());
      Service service =
          mapper.service(
              g,
              organization,
              link == null ? List.of() : List.of(link),
              courseRunner == null ? null : courseRunner.name());
      services.put(service.id(), service);
      if (link != null) {
        serviceAtLocations.put(
            link.id(),
            new ServiceAtLocation(
                link.id(), link.serviceId(), link.locationId(), link.location(), service.flat()));
      }
    }
    return new Snapshot(services, organizations, serviceAtLocations);
  }

  /** One consistent export, in a stable order (by our ids). */
  public record Snapshot(
      Map<String, Service> services,
      Map<String, Organization> organizations,
      Map<String, ServiceAtLocation> serviceAtLocations) {

    public List<Service> serviceList() {
      return services.values().stream().map(Service::flat).toList();
    }

    public List<Organization> organizationList() {
      return organizations.values().stream().map(Organization::flat).toList();
    }

    /** The list form: the location and the service with their one-to-one fields only. */
    public List<ServiceAtLocation> serviceAtLocationList() {
      return serviceAtLocations.values().stream()
          .map(
              s ->
                  new ServiceAtLocation(
                      s.id(), s.serviceId(), s.locationId(), s.location().flat(), s.service()))
          .toList();
    }

    public Optional<Service> service(String id) {
      return Optional.ofNullable(services.get(id));
    }

    public Optional<Organization> organization(String id) {
      return Optional.ofNullable(organizations.get(id));
    }

    public Optional<ServiceAtLocation> serviceAtLocation(String id) {
      return Optional.ofNullable(serviceAtLocations.get(id));
    }
  }
}
