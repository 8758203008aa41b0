package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read API under Magnolia's JAX-RS runtime ({@link EmbeddedMagnoliaRest}), with a Mockito'd
 * module over a real engine, and real HTTP requests.
 */
class SelvhjelpEndpointHttpTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  @TempDir Path indexDir;
  private InMemoryJackrabbit jackrabbit;
  private Engine engine;
  private EmbeddedMagnoliaRest rest;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    engine = new Engine(jackrabbit::login, indexDir).start();
    engine.imports().importBatch(SelvhjelpModuleTest.batch());
    SelvhjelpModule module = mock(SelvhjelpModule.class);
    when(module.engine()).thenReturn(engine);

    rest = new EmbeddedMagnoliaRest(new SelvhjelpEndpoint(module, SelvhjelpEndpointTest.NO_USER));
    base = rest.restBase() + "/selvhjelp/v1";
  }

  @AfterEach
  void stop() throws Exception {
    rest.close();
    engine.close();
    jackrabbit.close();
  }

  @Test
  void aSearchIsJsonWithTheCorsHeader() throws Exception {
    HttpResponse<String> r = send("GET", "/groups?q=sorg");
    JsonNode body = json(r, 200);
    assertThat(body.get("total").asInt()).isEqualTo(1);
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("sorggruppe-kinn");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void aGroupsDetailIsJson() throws Exception {
    JsonNode body = json(send("GET", "/groups/sorggruppe-kinn"), 200);
    assertThat(body.get("id").asText()).isEqualTo("sorggruppe-kinn");
    assertThat(body.get("lastVerified").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void unknownIdsAre404sWithOurJson() throws Exception {
    assertThat(json(send("GET", "/groups/no-such-group"), 404).get("error").asText())
        .isEqualTo("Not found");
    assertThat(json(send("GET", "/contact-points/no-such-point"), 404).has("error")).isTrue();
    assertThat(json(send("GET", "/postnummer/0000"), 404).has("error")).isTrue();
  }

  @Test
  void badInputIsA400WithOurJsonNotTheRuntimesError() throws Exception {
    JsonNode body = json(send("GET", "/groups?size=many&kommune=9999"), 400);
    assertThat(body.get("error").asText()).isEqualTo("Invalid search parameters");
    assertThat(body.get("details").findValuesAsText("field")).contains("size", "kommune");
    assertThat(json(send("GET", "/groups/..%2Fetc"), 400).has("error")).isTrue();
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    HttpResponse<String> r = send("HEAD", "/groups?q=sorg");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  @Test
  void writesAreRefusedWith405AndChangeNothing() throws Exception {
    assertThat(send("DELETE", "/groups/sorggruppe-kinn").statusCode()).isEqualTo(405);
    assertThat(send("POST", "/groups").statusCode()).isEqualTo(405);
    assertThat(send("PUT", "/groups/sorggruppe-kinn").statusCode()).isEqualTo(405);
    assertThat(json(send("GET", "/groups/sorggruppe-kinn"), 200).get("id").asText())
        .isEqualTo("sorggruppe-kinn");
  }

  @Test
  void referenceDataIsServedUnderV1() throws Exception {
    JsonNode themes = json(send("GET", "/themes?lang=nn"), 200);
    assertThat(themes.get("lang").asText()).isEqualTo("nn");
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest.BodyPublisher body =
        "POST".equals(method) || "PUT".equals(method)
            ? HttpRequest.BodyPublishers.ofString("{}")
            : HttpRequest.BodyPublishers.noBody();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, body)
            .header("Content-Type", "application/json")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return PLAIN.readTree(r.body());
  }
}
