package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import info.magnolia.context.WebContext;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Magnolia builds its REST application from the endpoint alone: none of the engine's providers
 * (Jackson configuration, exception mappers, CORS filter) is registered there. So what the
 * endpoint's resources return must already be the finished answer: JSON text, the right status for
 * bad input, and the CORS header. These tests read the answers as Magnolia's runtime would get
 * them, with no provider in between; a plain mapper (not the engine's) parses the bodies.
 */
class SelvhjelpEndpointTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** Magnolia's context for tests of the public reads, which never ask who is logged in. */
  static final Provider<WebContext> NO_USER =
      () -> {
        throw new AssertionError("a public read asked for Magnolia's user");
      };

  @TempDir Path indexDir;
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;
  private SelvhjelpEndpoint endpoint;

  /** A Mockito'd module (Magnolia's lifecycle is SelvhjelpModuleTest's) over a real engine. */
  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit::login, indexDir).start();
    engine
        .imports()
        .importBatch(
            new ImportBatch(
                List.of(Fixtures.office()),
                List.of(Fixtures.contactPoint()),
                List.of(Fixtures.fullGroup())));
    SelvhjelpModule module = mock(SelvhjelpModule.class);
    when(module.engine()).thenReturn(engine);
    endpoint = new SelvhjelpEndpoint(module, NO_USER);
  }

  @AfterEach
  void stop() throws Exception {
    engine.close();
    jackrabbit.close();
  }

  @Test
  void badSearchInputIsA400WithTheProblemNotTheHostsError() throws Exception {
    Response r = endpoint.groups(get()).search(query("size", "many", "kommune", "9999"));
    JsonNode body = json(r, 400);
    assertThat(body.get("error").asText()).isEqualTo("Invalid search parameters");
    assertThat(body.get("details").findValuesAsText("field")).contains("size", "kommune");
  }

  @Test
  void aSearchIsFinishedJsonWithTheCorsHeaderForKommuneSites() throws Exception {
    Response r = endpoint.groups(get()).search(query("q", "sorg"));
    JsonNode body = json(r, 200);
    assertThat(body.get("total").asInt()).isEqualTo(1);
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("sorggruppe-kinn");
    assertThat(r.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void aGroupsDatesAreIsoTextAndItsPlaceIsNamed() throws Exception {
    JsonNode body = json(endpoint.groups(get()).group("sorggruppe-kinn"), 200);
    assertThat(body.get("kommune").asText()).isEqualTo("Kinn");
    assertThat(body.get("lastVerified").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void unknownAndMalformedIdsAreJsonErrors() throws Exception {
    assertThat(json(endpoint.groups(get()).group("no-such-group"), 404).get("error").asText())
        .isEqualTo("Not found");
    assertThat(json(endpoint.groups(get()).group("../etc"), 400).has("error")).isTrue();
    assertThat(json(endpoint.contactPoints(get()).one("no-such-point"), 404).has("error")).isTrue();
    assertThat(json(endpoint.referenceData(get()).postnummer("0000"), 404).has("error")).isTrue();
  }

  @Test
  void everyReadResourceAnswersBadParametersWith400() throws Exception {
    assertThat(json(endpoint.districtOffices(get()).list(null, "99"), 400).get("details"))
        .isNotEmpty();
    assertThat(json(endpoint.contactPoints(get()).list("0000"), 400).get("details")).isNotEmpty();
    assertThat(json(endpoint.suggest(get()).suggest("x".repeat(5_000), null), 400).get("details"))
        .isNotEmpty();
    JsonNode themes = json(endpoint.referenceData(get()).themes("nn"), 200);
    assertThat(themes.get("lang").asText()).isEqualTo("nn");
  }

  private static JsonNode json(Response r, int status) throws Exception {
    assertThat(r.getStatus()).isEqualTo(status);
    assertThat(r.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(r.getEntity()).isInstanceOf(byte[].class);
    return PLAIN.readTree((byte[]) r.getEntity());
  }

  private static UriInfo query(String... pairs) {
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.add(pairs[i], pairs[i + 1]);
    }
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, m, args) -> {
              if (m.getName().equals("getQueryParameters")) {
                return params;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  private static HttpServletRequest get() {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getMethod()).thenReturn("GET");
    return request;
  }
}
