package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.content.ReferenceData;

/** {@code /api/v1/contact-points}: where in a kommune to ask about groups. */
@Path("api/v1/contact-points")
@Produces(MediaType.APPLICATION_JSON)
public final class ContactPointsResource extends EditableItemResource {
  private final ContentStore store;
  private final ReferenceData ref;
  private final JsonAnswers answers;

  public ContactPointsResource(
      ContentStore store, ReferenceData ref, ItemWrites writes, JsonAnswers answers) {
    super(ItemType.CONTACT_POINT, writes);
    this.store = store;
    this.ref = ref;
    this.answers = answers;
  }

  @GET
  public Response list(@QueryParam("kommune") String kommune) {
    return answers.ok(() -> points(kommune));
  }

  private Map<String, List<ContactPoint>> points(String kommune) {
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
  public Response one(@PathParam("id") String id) {
    return answers.ok(
        () -> store.contactPoint(GroupsResource.checkedId(id)).orElseThrow(NotFoundException::new));
  }
}
