package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.hsds.HsdsIds;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HSDS 3.0 API's responses validate against the official HSDS 3.0 schemas (Open Referral,
 * specification branch 3.0), read from {@code ../shared/data/hsds-3.0} next to the repository (or
 * {@code -Dhsds.schemas=DIR}). The list responses are checked against the response schemas of
 * HSDS's own openapi.json (its Page, with contents of the compiled _list schemas); details against
 * the per-object schemas. Without the folder these tests are skipped, saying so.
 */
class HsdsConformanceTest {
  private static final String SPEC_BASE =
      "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

  private static Path schemas;
  private static SchemaRegistry registry;
  private static JsonNode openapi;
  private static ApiServer api;
  private static ObjectMapper json;

  @BeforeAll
  static void start() throws Exception {
    String configured = System.getProperty("hsds.schemas");
    schemas =
        (configured != null
                ? Path.of(configured)
                : Path.of("..", "..", "shared", "data", "hsds-3.0"))
            .toAbsolutePath()
            .normalize();
    assumeTrue(
        Files.isRegularFile(schemas.resolve("openapi.json")),
        "HSDS 3.0 schemas not found at "
            + schemas
            + " (the official schemas live in ../shared/data/hsds-3.0 beside the repository; set"
            + " -Dhsds.schemas=DIR to point elsewhere): HSDS conformance tests skipped");
    // HSDS 3.0's schemas declare no $schema; its openapi.json names the dialect: draft 2020-12.
    // Formats (uuid, email, uri, date-time) are asserted, not just annotated.
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(HsdsConformanceTest::localCopy));
    json = new ObjectMapper();
    openapi = json.readTree(schemas.resolve("openapi.json").toFile());
    assertThat(openapi.path("jsonSchemaDialect").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");

    api = new ApiServer();
    Group closed =
        new Group(
            "lukket-gruppe",
            "Lukket gruppe",
            "Kort om gruppa",
            null,
            List.of("angst"),
            List.of("nb", "ar"),
            "physical",
            "4602",
            "Strandgata 30",
            "6900",
            null,
            null,
            "Første mandag i måneden kl 17–19",
            "full",
            true,
            null,
            "frivilligsentralen-kinn",
            new Contact(null, "+47 400 00 001", null, null),
            null,
            true);
    Group unreadable = Fixtures.group("fritekst", "Fritekst", "0301", "digital", List.of("sorg"));
    Group draft =
        Fixtures.group("kladd", "Kladd", "4602", "physical", List.of("sorg")).withPublished(false);
    assertThat(
            api.importJson(
                    Map.of(
                        "districtOffices", List.of(Fixtures.office()),
                        "contactPoints", List.of(Fixtures.contactPoint()),
                        "groups", List.of(Fixtures.fullGroup(), closed, unreadable, draft)))
                .status())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  /**
   * The text of an official schema IRI from the local copy, or null for any other IRI: nothing is
   * fetched from the network.
   */
  private static String localCopy(String iri) {
    if (!iri.startsWith(SPEC_BASE)) {
      return null;
    }
    Path file = schemas.resolve(iri.substring(SPEC_BASE.length())).normalize();
    try {
      return file.startsWith(schemas) && Files.isRegularFile(file) ? Files.readString(file) : null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An official schema by its path under the spec's schema folder; $refs resolve beside it. */
  private static Schema file(String name) {
    return registry.getSchema(SchemaLocation.of(SPEC_BASE + name));
  }

  /** The 200 response schema of one GET path in HSDS's openapi.json, its local $refs inlined. */
  private static Schema response(String path) {
    JsonNode schema =
        openapi
            .path("paths")
            .path(path)
            .path("get")
            .path("responses")
            .path("200")
            .path("content")
            .path("application/json")
            .path("schema")
            .deepCopy();
    assertThat(schema.isObject()).as("openapi.json has a response schema for " + path).isTrue();
    return registry.getSchema(
        SchemaLocation.of(SPEC_BASE + "openapi.json#" + path), inline(schema));
  }

  private static JsonNode inline(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.asText().startsWith("#/components/")) {
        JsonNode target = openapi.at(ref.asText().substring(1));
        return inline(target.deepCopy());
      }
      Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
      fields.forEachRemaining(all::add);
      for (Map.Entry<String, JsonNode> f : all) {
        o.set(f.getKey(), inline(f.getValue()));
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, inline(a.get(i)));
      }
    }
    return node;
  }

  private static JsonNode get(String path) {
    ApiServer.Reply r = api.get(path);
    assertThat(r.status()).as(path).isEqualTo(200);
    return r.body();
  }

  private static void assertValid(Schema schema, JsonNode document, String what) {
    List<Error> errors = schema.validate(document);
    assertThat(errors).as(what + " against the HSDS 3.0 schema").isEmpty();
  }

  @Test
  void theApiRootValidatesAndNamesHsds30() {
    JsonNode root = get("/api/hsds/v3/");
    assertValid(response("/"), root, "GET /");
    assertThat(root.path("version").asText()).isEqualTo("3.0");
  }

  @Test
  void listResponsesValidateAgainstHsdsOpenApiPagedSchemas() {
    for (String path : List.of("/services", "/organizations", "/service_at_locations")) {
      JsonNode page = get("/api/hsds/v3" + path);
      assertValid(response(path), page, "GET " + path);
      assertThat(page.path("contents").size()).as(path).isPositive();
      assertThat(page.path("total_items").asLong()).isEqualTo(page.path("contents").size());
    }
  }

  @Test
  void detailResponsesValidateAgainstTheFullObjectSchemas() {
    for (JsonNode s : get("/api/hsds/v3/services").path("contents")) {
      assertValid(
          file("service.json"),
          get("/api/hsds/v3/services/" + s.path("id").asText()),
          s.toString());
    }
    for (JsonNode o : get("/api/hsds/v3/organizations").path("contents")) {
      assertValid(
          file("organization.json"),
          get("/api/hsds/v3/organizations/" + o.path("id").asText()),
          o.toString());
    }
    // openapi.json gives compiled/service.json for this path, which looks like a slip in the
    // spec; the object returned is a service_at_location, so that is the schema it must meet.
    for (JsonNode l : get("/api/hsds/v3/service_at_locations").path("contents")) {
      assertValid(
          file("service_at_location.json"),
          get("/api/hsds/v3/service_at_locations/" + l.path("id").asText()),
          l.toString());
    }
  }

  @Test
  void theSameValidatorRejectsBrokenDocuments() {
    JsonNode service = get("/api/hsds/v3/services/" + HsdsIds.of("service", "sorggruppe-kinn"));
    ObjectNode noName = service.deepCopy();
    noName.remove("name");
    ObjectNode badStatus = service.deepCopy();
    badStatus.put("status", "open");
    ObjectNode badId = service.deepCopy();
    badId.put("id", "sorggruppe-kinn");
    ObjectNode badSchedule = service.deepCopy();
    ((ObjectNode) badSchedule.path("schedules").get(0)).put("freq", "DAILY");
    for (ObjectNode broken : List.of(noName, badStatus, badId, badSchedule)) {
      assertThat(file("service.json").validate(broken)).as(broken.toString()).isNotEmpty();
    }
    ObjectNode page = get("/api/hsds/v3/services").deepCopy();
    page.put("total_items", "many");
    assertThat(response("/services").validate(page)).isNotEmpty();
  }

  @Test
  void aGroupBecomesAServiceWithScheduleLanguagesContactAndOrganization() {
    JsonNode s = get("/api/hsds/v3/services/" + HsdsIds.of("service", "sorggruppe-kinn"));
    assertThat(s.path("id").asText()).isEqualTo("25d3cebf-e597-5caf-a2cf-81da27ec9777");
    assertThat(s.path("name").asText()).isEqualTo("Sorggruppe for etterlatne i Florø");
    assertThat(s.path("status").asText()).isEqualTo("active");
    assertThat(s.path("url").asText()).isEqualTo("https://example.org/sorg");
    assertThat(s.path("email").asText()).isEqualTo("ola@example.org");
    assertThat(s.path("assured_date").asText()).isEqualTo("2026-03-14");
    assertThat(s.path("application_process").asText()).startsWith("Lukket gruppe");
    JsonNode schedule = s.path("schedules").get(0);
    assertThat(schedule.path("freq").asText()).isEqualTo("WEEKLY");
    assertThat(schedule.path("interval").asInt()).isEqualTo(1);
    assertThat(schedule.path("byday").asText()).isEqualTo("TU");
    assertThat(schedule.path("opens_at").asText()).isEqualTo("18:00");
    assertThat(schedule.path("description").asText()).isEqualTo("Kvar tysdag kl. 18.00");
    assertThat(s.path("languages").findValuesAsText("code")).containsExactly("nn", "en");
    assertThat(s.path("languages").get(0).path("name").asText()).isEqualTo("norsk nynorsk");
    assertThat(s.path("phones").get(0).path("number").asText()).isEqualTo("+47 400 00 000");
    assertThat(s.path("contacts").get(0).path("name").asText()).isEqualTo("Ola Nordmann");
    String org = HsdsIds.of("organization", "contact-point:frivilligsentralen-kinn");
    assertThat(s.path("organization_id").asText()).isEqualTo(org);
    assertThat(s.path("organization").path("parent_organization_id").asText())
        .isEqualTo(HsdsIds.of("organization", "district-office:vest"));
    JsonNode place = s.path("service_at_locations").get(0).path("location");
    // Two groups meet here; the location has the point of the first by id (its postnummer's).
    assertThat(place.path("latitude").asDouble()).isCloseTo(61.6, within(0.01));
    JsonNode address = place.path("addresses").get(0);
    assertThat(address.path("address_1").asText()).isEqualTo("Strandgata 30");
    assertThat(address.path("city").asText()).isEqualTo("Florø");
    assertThat(address.path("state_province").asText()).isEqualTo("Vestland");
    assertThat(address.path("country").asText()).isEqualTo("NO");
  }

  @Test
  void monthlyAndUnreadableSchedulesKeepTheirTextAndOnlyWhatIsCertain() {
    JsonNode closed = get("/api/hsds/v3/services/" + HsdsIds.of("service", "lukket-gruppe"));
    JsonNode monthly = closed.path("schedules").get(0);
    assertThat(monthly.path("freq").asText()).isEqualTo("MONTHLY");
    assertThat(monthly.path("byday").asText()).isEqualTo("1MO");
    assertThat(monthly.path("closes_at").asText()).isEqualTo("19:00");
    assertThat(closed.path("alert").asText()).contains("full");
    JsonNode none = get("/api/hsds/v3/services/" + HsdsIds.of("service", "fritekst"));
    assertThat(none.has("schedules")).isFalse();
    assertThat(none.has("service_at_locations")).as("digital group: no meeting place").isFalse();
  }

  @Test
  void meetingPlacesAreSharedLocationsAndUnpublishedGroupsNeverAppear() {
    JsonNode list = get("/api/hsds/v3/service_at_locations");
    assertThat(list.path("contents").findValuesAsText("location_id"))
        .hasSize(2)
        .containsOnly(HsdsIds.of("location", "6900|strandgata 30"));
    String draft = HsdsIds.of("service", "kladd");
    List<String> ids = new ArrayList<>();
    get("/api/hsds/v3/services").path("contents").forEach(c -> ids.add(c.path("id").asText()));
    assertThat(ids).hasSize(3).doesNotContain(draft);
    assertThat(api.get("/api/hsds/v3/services/" + draft).status()).isEqualTo(404);
    assertThat(
            api.get(
                    "/api/hsds/v3/service_at_locations/"
                        + HsdsIds.of("service_at_location", "kladd"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void pagesFollowHsdsPagingAndBadPagingIs400() {
    JsonNode second = get("/api/hsds/v3/services?per_page=2&page=2");
    assertThat(second.path("total_items").asInt()).isEqualTo(3);
    assertThat(second.path("total_pages").asInt()).isEqualTo(2);
    assertThat(second.path("page_number").asInt()).isEqualTo(2);
    assertThat(second.path("size").asInt()).isEqualTo(1);
    assertThat(second.path("first_page").asBoolean()).isFalse();
    assertThat(second.path("last_page").asBoolean()).isTrue();
    assertThat(second.path("empty").asBoolean()).isFalse();
    JsonNode beyond = get("/api/hsds/v3/services?per_page=2&page=9");
    assertThat(beyond.path("empty").asBoolean()).isTrue();
    assertValid(response("/services"), beyond, "an empty page");
    ApiServer.Reply bad = api.get("/api/hsds/v3/services?per_page=0&page=x");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().path("details").findValuesAsText("field"))
        .containsExactlyInAnyOrder("page", "per_page");
    assertThat(api.get("/api/hsds/v3/services/not-a-uuid").status()).isEqualTo(400);
    assertThat(api.get("/api/hsds/v3/services/" + UUID.randomUUID()).status()).isEqualTo(404);
  }
}
