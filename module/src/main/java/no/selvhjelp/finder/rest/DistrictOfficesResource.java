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
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.ReferenceData;

/** {@code /api/v1/district-offices}: the office serving a kommune's or a fylke's area. */
@Path("api/v1/district-offices")
@Produces(MediaType.APPLICATION_JSON)
public final class DistrictOfficesResource extends EditableItemResource {
  private final ContentStore store;
  private final ReferenceData ref;
  private final JsonAnswers answers;

  public DistrictOfficesResource(
      ContentStore store, ReferenceData ref, ItemWrites writes, JsonAnswers answers) {
    super(ItemType.DISTRICT_OFFICE, writes);
    this.store = store;
    this.ref = ref;
    this.answers = answers;
  }

  @GET
  public Response list(@QueryParam("kommune") String kommune, @QueryParam("fylke") String fylke) {
    return answers.ok(() -> offices(kommune, fylke));
  }

  private Map<String, List<DistrictOffice>> offices(String kommune, String fylke) {
    String fylkesnummer = fylke;
    if (kommune != null) {
      KommuneParam.check(ref, "kommune", kommune);
      fylkesnummer = ref.fylkeOf(kommune).orElseThrow().nummer();
      if (fylke != null && !fylke.equals(fylkesnummer)) {
        throw new InvalidInputException(
            "Invalid parameters",
            List.of(
                Problem.ofParameter(
                    "fylke",
                    "kommune " + kommune + " is not in fylke " + SearchParameters.clip(fylke))));
      }
    } else if (fylke != null && ref.fylke(fylke).isEmpty()) {
      throw new InvalidInputException(
          "Invalid parameter",
          List.of(
              Problem.ofParameter(
                  "fylke",
                  "'" + SearchParameters.clip(fylke) + "' is not a fylkesnummer (e.g. 46)")));
    }
    String wanted = fylkesnummer;
    List<DistrictOffice> offices =
        store.districtOffices().stream()
            .filter(d -> wanted == null || d.fylker().contains(wanted))
            .sorted(Comparator.comparing(DistrictOffice::name))
            .toList();
    return Map.of("districtOffices", offices);
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    return answers.ok(
        () ->
            store.districtOffice(GroupsResource.checkedId(id)).orElseThrow(NotFoundException::new));
  }
}
