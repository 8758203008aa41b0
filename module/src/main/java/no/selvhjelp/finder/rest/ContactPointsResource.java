package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.content.ReferenceData;

/** {@code /api/v1/contact-points}: where in a kommune to ask about groups. */
@Path("api/v1/contact-points")
@Produces(MediaType.APPLICATION_JSON)
public final class ContactPointsResource {
  private final ContentStore store;
  private final ReferenceData ref;

  public ContactPointsResource(ContentStore store, ReferenceData ref) {
    this.store = store;
    this.ref = ref;
  }

  @GET
  public Map<String, List<ContactPoint>> list(@QueryParam("kommune") String kommune) {
    if (kommune != null) {
      KommuneParam.check(ref, "kommune", kommune);
    }
    List<ContactPoint> points =
        store.contactPoints().stream()
            .filter(cp -> kommune == null || cp.kommuner().contains(kommune))
            .sorted(Comparator.comparing(ContactPoint::name))
            .toList();
    return Map.of("contactPoints", points);
  }

  @GET
  @Path("{id}")
  public ContactPoint one(@PathParam("id") String id) {
    return store.contactPoint(GroupsResource.checkedId(id)).orElseThrow(NotFoundException::new);
  }
}
