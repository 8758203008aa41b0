package no.selvhjelp.finder.server.place;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.GeoPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.SearchParameters;
import no.selvhjelp.finder.server.demo.DemoContent;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's own example: {@code /?q=pårørende&postnummer=6900} put "a Florø group at 0 km" about
 * 18th. The demo has no group for relatives in Kinn, so this adds one, meeting in Florø, to the
 * whole demo content (where Bergen, Oslo and Bodø have many that match the word as well or better).
 */
class FloroRelativesGroupTest {
  private static final String FLORO = "floro-parorende";
  private static InMemoryJackrabbit jackrabbit;
  private static Engine engine;

  @BeforeAll
  static void load() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit).start();
    ImportBatch demo = new DemoContent(engine.referenceData()).batch();
    GeoPoint floro = engine.referenceData().locate("6900", "4602").orElseThrow();
    List<Group> groups = new ArrayList<>(demo.groups());
    groups.add(
        new Group(
            FLORO,
            "Samtalegruppe for pårørende i Florø",
            "For deg som står nær noen som strever.",
            "Vi er pårørende til noen med psykiske plager, rusproblemer eller sykdom, og møtes for å"
                + " dele erfaringer og støtte hverandre.",
            List.of("parorende"),
            List.of("nb"),
            "physical",
            "4602",
            "Frivilligsentralen, Strandgata 10",
            "6900",
            floro.lat(),
            floro.lon(),
            "Kvar tysdag kl. 18.00",
            "active",
            false,
            null,
            null,
            new Contact("Kari Nordmann", null, "kari@example.org", null),
            null,
            true,
            List.of(),
            List.of(),
            null,
            null));
    engine
        .imports()
        .importBatch(new ImportBatch(demo.districtOffices(), demo.contactPoints(), groups));
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void pårørendeNearFloroPutsTheFloroGroupAtZeroKilometresFirst() {
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    params.add("q", "pårørende");
    params.add("postnummer", "6900");
    SearchResult r =
        engine.search().search(new SearchParameters(engine.referenceData()).parse(params));
    GroupHit first = r.hits().get(0);
    assertThat(first.id()).isEqualTo(FLORO);
    assertThat(first.distanceKm()).isLessThan(1.0);
  }
}
