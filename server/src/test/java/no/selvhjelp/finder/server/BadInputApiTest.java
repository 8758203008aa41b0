package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear 4xx in JSON, changes nothing, and never a 5xx. */
class BadInputApiTest {
  private static ApiServer api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    api.importJson(
        Map.of(
            "groups",
            List.of(Fixtures.group("finst", "Finst", "0301", "digital", List.of("angst")))));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void importWithOneBadItemIs400WithDetailsAndStoresNothing() {
    Map<String, Object> bad =
        new HashMap<>(api.engine.json().convertValue(Fixtures.fullGroup(), Map.class));
    bad.put("kommunenummer", "9999");
    bad.put("contactPointId", null);
    ApiServer.Reply r =
        api.importJson(
            Map.of(
                "groups",
                List.of(Fixtures.group("ok-1", "Ok", "0301", "digital", List.of("sorg")), bad)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("error").asText()).contains("nothing was stored");
    JsonNode detail = r.body().at("/details/0");
    assertThat(detail.get("index").asInt()).isEqualTo(1);
    assertThat(detail.get("field").asText()).isEqualTo("kommunenummer");
    assertThat(detail.get("message").asText()).contains("9999");
    assertThat(api.get("/api/v1/groups/ok-1").status()).isEqualTo(404);
  }

  @Test
  void importOfEachKindOfBadItemNamesTheField() {
    Map<String, String> cases =
        Map.of(
            "{\"groups\":[{\"id\":\"Bad Id\",\"title\":\"t\",\"themes\":[\"sorg\"],\"languages\":[\"nb\"],\"format\":\"digital\",\"kommunenummer\":\"0301\",\"status\":\"open\"}]}",
            "id",
            "{\"groups\":[{\"id\":\"x\",\"themes\":[\"sorg\"],\"languages\":[\"nb\"],\"format\":\"digital\",\"kommunenummer\":\"0301\",\"status\":\"open\"}]}",
            "title",
            "{\"groups\":[{\"id\":\"x\",\"title\":\"t\",\"themes\":[\"kaffe\"],\"languages\":[\"nb\"],\"format\":\"digital\",\"kommunenummer\":\"0301\",\"status\":\"open\"}]}",
            "themes[0]",
            "{\"groups\":[{\"id\":\"x\",\"title\":7,\"themes\":[\"sorg\"],\"languages\":[\"nb\"],\"format\":\"digital\",\"kommunenummer\":\"0301\",\"status\":\"open\"}]}",
            "title",
            "{\"groups\":[{\"id\":\"x\",\"title\":\""
                + "a".repeat(300)
                + "\",\"themes\":[\"sorg\"],\"languages\":[\"nb\"],\"format\":\"digital\",\"kommunenummer\":\"0301\",\"status\":\"open\"}]}",
            "title");
    cases.forEach(
        (body, field) -> {
          ApiServer.Reply r = api.post("/api/v1/import", body, ApiServer.TOKEN);
          assertThat(r.status()).as(body).isEqualTo(400);
          assertThat(r.body().at("/details/0/field").asText()).as(body).isEqualTo(field);
          assertThat(r.body().at("/details/0/section").asText()).isEqualTo("groups");
        });
    assertThat(api.engine.store().group("x")).isEmpty();
  }

  @Test
  void malformedJsonSaysWhere() {
    ApiServer.Reply r =
        api.post(
            "/api/v1/import", "{\n  \"groups\": [\n    {\"id\": \"x\",,}\n  ]\n}", ApiServer.TOKEN);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/message").asText()).contains("line 3");
  }

  private static String jsonProblem(String body) {
    ApiServer.Reply r = api.post("/api/v1/import", body, ApiServer.TOKEN);
    assertThat(r.status()).isEqualTo(400);
    return r.body().at("/details/0/message").asText();
  }

  @Test
  void aTruncatedJsonBodyIsToldWhichObjectIsNeverClosedInPlainWords() {
    assertThat(jsonProblem("{\"groups\": []"))
        .startsWith(
            "the body is not valid JSON: it ends before the object that starts at line 1, column"
                + " 1 is closed")
        .doesNotContain("end-of-input", "marker", "Source", "REDACTED");
    assertThat(jsonProblem("{\"groups\": [\n  {\"id\": \"a\""))
        .contains("the object that starts at line 2, column 3 is closed");
    assertThat(jsonProblem("{\"groups\": [{\"id\": \"a")).contains("a closing \" is missing");
  }

  @Test
  void anUnquotedWordIsToldAsUnexpectedTextWithItsPlace() {
    assertThat(jsonProblem("not json"))
        .startsWith("the body is not valid JSON: unexpected text 'not' at line 1, column 1")
        .doesNotContain("Unrecognized", "JSON String, Number");
    assertThat(jsonProblem("{\"groups\": [{\"id\": x}]}"))
        .startsWith("the body is not valid JSON: unexpected text 'x' at line 1, column 20");
    assertThat(jsonProblem("{\"groups\": [{\"id\": \"a\",}]}"))
        .startsWith("the body is not valid JSON: unexpected character '}' at line 1, column")
        .contains("no ',' after the last field")
        .doesNotContain("code 125", "double-quote");
  }

  @Test
  void aJsonFieldGivenTwiceIsA400NamingItAndStoresNothing() {
    String body =
        "{\"groups\":[{\"id\":\"dobbel\",\"title\":\"A\",\"title\":\"B\","
            + "\"themes\":[\"sorg\"],\"languages\":[\"nb\"],\"format\":\"digital\","
            + "\"kommunenummer\":\"0301\",\"status\":\"open\"}]}";
    assertThat(jsonProblem(body))
        .contains("the field 'title' appears twice in one object at line 1, column");
    assertThat(api.get("/api/v1/groups/dobbel").status()).isEqualTo(404);
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    String deep = "{\"groups\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertThat(api.post("/api/v1/import", deep, ApiServer.TOKEN).status()).isEqualTo(400);
  }

  @Test
  void emptyBodyAndWrongMediaTypeAreClientErrors() {
    assertThat(api.post("/api/v1/import", "", ApiServer.TOKEN).status()).isEqualTo(400);
    ApiServer.Reply r =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/import"))
                .header("Authorization", "Bearer " + ApiServer.TOKEN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.body().get("error").asText()).contains("application/json");
  }

  @Test
  void bodyOverTheLimitIs413() {
    String huge = "{\"groups\":[],\"pad\":\"" + "x".repeat(33 * 1024 * 1024) + "\"}";
    ApiServer.Reply r = api.post("/api/v1/import", huge, ApiServer.TOKEN);
    assertThat(r.status()).isEqualTo(413);
  }

  @Test
  void importWithoutValidTokenIs401AndStoresNothing() {
    String body =
        "{\"groups\":[{\"id\":\"sneaky\",\"title\":\"t\",\"themes\":[\"sorg\"],\"languages\":[\"nb\"],\"format\":\"digital\",\"kommunenummer\":\"0301\",\"status\":\"open\"}]}";
    assertThat(api.post("/api/v1/import", body, null).status()).isEqualTo(401);
    ApiServer.Reply wrong = api.post("/api/v1/import", body, "nope");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(api.engine.store().group("sneaky")).isEmpty();
  }

  @Test
  void badReadParametersAre400NamingTheParameter() {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("kommune=9999", "kommune");
    cases.put("fylke=99", "fylke");
    cases.put("theme=kaffe", "theme");
    cases.put("format=telepathic", "format");
    cases.put("status=maybe", "status");
    cases.put("near=91,10", "near");
    cases.put("near=abc", "near");
    cases.put("postnummer=0000", "postnummer");
    cases.put("radiusKm=-1&near=60,10", "radiusKm");
    cases.put("radiusKm=10", "radiusKm");
    cases.put("sort=random", "sort");
    cases.put("sort=distance", "sort");
    cases.put("page=0", "page");
    cases.put("page=1.5", "page");
    cases.put("size=101", "size");
    cases.put("size=abc", "size");
    cases.put("lang=de", "lang");
    cases.put("q=" + "a".repeat(501), "q");
    cases.put("language=norsk", "language");
    // Two letters that no group can have: a mistake to report, not an empty answer.
    cases.put("language=xx", "language");
    cases.put("language=no", "language");
    cases.forEach(
        (query, param) -> {
          ApiServer.Reply r = api.get("/api/v1/groups?" + query);
          assertThat(r.status()).as(query).isEqualTo(400);
          assertThat(r.body().at("/details/0/field").asText()).as(query).isEqualTo(param);
        });
    assertThat(api.get("/api/v1/themes?lang=xx").status()).isEqualTo(400);
    assertThat(api.get("/api/v1/coverage?language=xx").body().at("/details/0/field").asText())
        .isEqualTo("language");
    assertThat(api.get("/api/v1/groups?language=ar").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/contact-points?kommune=abc").status()).isEqualTo(400);
    assertThat(api.get("/api/v1/groups/Not_An_Id").status()).isEqualTo(400);
  }

  @Test
  void unknownRoutesAndMethodsAnswerInJson() {
    ApiServer.Reply r = api.get("/api/v1/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.body().get("error").asText()).isEqualTo("Not found");
    ApiServer.Reply put =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/groups"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.body().get("error").asText()).isEqualTo("Method not allowed");
  }

  @Test
  void hostileValuesInAnyParameterNeverCauseA5xx() {
    List<String> hostile =
        List.of(
            "\"",
            "'",
            "*",
            "?",
            "~",
            "\\",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "^",
            ":",
            "-",
            "+",
            "!",
            "&&",
            "||",
            "OR",
            "AND NOT",
            "sorg*",
            "sorg~2",
            "title:x",
            "/regex/",
            "%00",
            "\u0000",
            "\u202e\u200f",
            "😀",
            "\ud83d",
            "' OR '1'='1",
            "$text",
            "a".repeat(500),
            "<script>alert(1)</script>",
            "جلسة",
            "група");
    List<String> params =
        List.of(
            "q",
            "kommune",
            "fylke",
            "theme",
            "language",
            "format",
            "status",
            "near",
            "postnummer",
            "radiusKm",
            "sort",
            "page",
            "size",
            "lang");
    List<String> failures = new ArrayList<>();
    for (String param : params) {
      for (String value : hostile) {
        String query = param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        int status = api.get("/api/v1/groups?" + query).status();
        if (status >= 500 || (status != 200 && status != 400)) {
          failures.add(query + " -> " + status);
        }
      }
    }
    for (String value : hostile) {
      String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
      for (String path :
          List.of(
              "/api/v1/suggest?q=",
              "/api/v1/themes?lang=",
              "/api/v1/contact-points?kommune=",
              "/api/v1/district-offices?fylke=")) {
        int status = api.get(path + encoded).status();
        if (status >= 500) {
          failures.add(path + encoded + " -> " + status);
        }
      }
      int status = api.get("/api/v1/groups/" + encoded.replace("+", "%20")).status();
      if (status >= 500) {
        failures.add("/api/v1/groups/" + encoded + " -> " + status);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(
            api.get("/api/v1/groups?q=" + URLEncoder.encode("finst", StandardCharsets.UTF_8))
                .body()
                .get("total")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void brokenPercentEncodingIsAClientError() throws Exception {
    // java.net.http refuses to send such a URL, so this goes over a raw socket as an attacker
    // would.
    assertThat(api.rawStatusLine("GET /api/v1/groups?q=%zz HTTP/1.1")).contains(" 400 ");
    assertThat(api.rawStatusLine("GET /api/v1/groups/%zz HTTP/1.1")).doesNotContain(" 500 ");
  }
}
