package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Framing, CSP, caching and CORS headers, per path, over real HTTP. */
class WebHeadersTest {
  private static final String STRICT =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    api.importJson(
        Map.of(
            "districtOffices", List.of(Fixtures.office()),
            "contactPoints", List.of(Fixtures.contactPoint()),
            "groups", List.of(Fixtures.fullGroup())));
    web = new WebClient(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void embedPagesMayBeFramedByAnySite() {
    HttpResponse<String> r = web.get("/embed/groups");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValue(STRICT + "; frame-ancestors *");
    assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
  }

  @Test
  void everyOtherPageRefusesToBeFramed() {
    for (String path :
        List.of(
            "/", "/api/v1/themes", "/health", "/.resources/selvhjelp/webresources/selvhjelp.css")) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(STRICT + "; frame-ancestors 'none'");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  void everyResponseForbidsSniffingAndReferrers() {
    for (String path : List.of("/", "/embed/about", "/api/v1/kommuner", "/no-such-path")) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  @Test
  void apiPagesAndAssetsCarryAStrongEtagAndAnswer304WhenUnchanged() {
    Map<String, String> cacheControl =
        Map.of(
            "/api/v1/themes?lang=nn", "public, max-age=60",
            "/embed/about?lang=en", "public, max-age=60",
            "/", "public, max-age=60",
            "/.resources/selvhjelp/webresources/selvhjelp.css", "public, max-age=3600");
    cacheControl.forEach(
        (path, expected) -> {
          HttpResponse<String> first = web.get(path);
          assertThat(first.statusCode()).as(path).isEqualTo(200);
          String etag = first.headers().firstValue("ETag").orElseThrow();
          assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{24}\"");
          assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue(expected);
          HttpResponse<String> again = web.get(path, "If-None-Match", etag);
          assertThat(again.statusCode()).as(path).isEqualTo(304);
          assertThat(again.body()).isEmpty();
          assertThat(again.headers().firstValue("ETag")).hasValue(etag);
          assertThat(web.get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        });
  }

  @Test
  void theApiBodyIsUnchangedByTheEtagAndChangesItWhenContentChanges() {
    ApiServer.Reply reply = api.get("/api/v1/groups?kommune=4602");
    assertThat(reply.body().get("total").asLong()).isEqualTo(1);
    String before = reply.header("ETag");
    api.importJson(
        Map.of(
            "groups",
            List.of(Fixtures.group("ny-kinn", "Ny gruppe", "4602", "physical", List.of("sorg")))));
    String after = api.get("/api/v1/groups?kommune=4602").header("ETag");
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void cachedAnswersCarryTheirWholeLengthEvenOver8Kb() throws Exception {
    String css = "/.resources/selvhjelp/webresources/selvhjelp.css";
    byte[] cssFile;
    try (var in =
        WebHeadersTest.class.getResourceAsStream("/selvhjelp/webresources/selvhjelp.css")) {
      cssFile = in.readAllBytes();
    }
    // Jersey chunks a body over its 8 KB buffer unless it is given the length.
    assertThat(cssFile.length).isGreaterThan(8 * 1024);
    assertThat(lengthOf(web.get(css), css)).isEqualTo(cssFile.length);
    assertThat(lengthOf(web.send("HEAD", css), css)).isEqualTo(cssFile.length);
    for (String path : List.of("/api/v1/kommuner", "/api/v1/groups?q=sorg")) {
      HttpResponse<String> r = web.get(path);
      int length = lengthOf(r, path);
      assertThat(length).isEqualTo(r.body().getBytes(StandardCharsets.UTF_8).length);
      JSON.readTree(r.body()); // the whole answer arrived: a cut one does not parse
      assertThat(lengthOf(web.send("HEAD", path), path)).isEqualTo(length);
    }
    HttpResponse<String> page = web.get("/");
    assertThat(lengthOf(page, "/")).isEqualTo(page.body().getBytes(StandardCharsets.UTF_8).length);
    assertThat(page.body().length()).isGreaterThan(8 * 1024);
    assertThat(page.body()).contains("</html>");
  }

  /** The declared length of an answer that is not chunked. */
  private static int lengthOf(HttpResponse<String> r, String path) {
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Transfer-Encoding")).as(path).isEmpty();
    return Integer.parseInt(r.headers().firstValue("Content-Length").orElseThrow());
  }

  @Test
  void adminAnswersAreNeverCached() {
    HttpResponse<String> r =
        web.get("/api/v1/admin/reindex", "Authorization", "Bearer " + ApiServer.TOKEN);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void fragmentsAndAssetsAreOpenToAnyOriginForGetOnly() {
    assertThat(
            web.get("/embed/about?fragment=true")
                .headers()
                .firstValue("Access-Control-Allow-Origin"))
        .hasValue("*");
    assertThat(
            web.get("/.resources/selvhjelp/webresources/selvhjelp.css")
                .headers()
                .firstValue("Access-Control-Allow-Origin"))
        .hasValue("*");
    HttpResponse<String> preflight =
        web.send(
            "OPTIONS",
            "/embed/groups?fragment=true",
            "Origin",
            "https://www.kinn.kommune.no",
            "Access-Control-Request-Method",
            "GET");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET");
  }

  @Test
  void theStylesheetIsServedAsCss() {
    HttpResponse<String> r = web.get("/.resources/selvhjelp/webresources/selvhjelp.css");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(r.body()).contains("--shf-accent").contains("prefers-reduced-motion");
  }

  @Test
  void assetPathsCannotLeaveTheWebResourcesFolder() throws Exception {
    List<String> attacks =
        List.of(
            "/.resources/selvhjelp/webresources/../i18n/selvhjelp-messages_nb.properties",
            "/.resources/selvhjelp/webresources/..%2fi18n%2fselvhjelp-messages_nb.properties",
            "/.resources/selvhjelp/webresources/%2e%2e/%2e%2e/selvhjelp/i18n/selvhjelp-messages_nb.properties",
            "/.resources/selvhjelp/webresources/..%5c..%5cpom.xml",
            "/.resources/selvhjelp/webresources/%2e%2e%2f%2e%2e%2fno%2fselvhjelp%2ffinder%2frefdata%2fkommuner.csv",
            "/.resources/selvhjelp/webresources//etc/passwd");
    for (String target : attacks) {
      String response = web.raw(target);
      assertThat(response).as(target).doesNotStartWith("HTTP/1.1 200");
      assertThat(response).as(target).doesNotContain("selvhjelp.theme.", "kommunenummer,");
    }
    assertThat(web.get("/.resources/selvhjelp/webresources/nothing.css").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theWidgetAndConfigureAliasesServeTheirFilesOnceTheyExist() {
    assertAlias("/widget.js", "/selvhjelp/webresources/widget.js", "text/javascript");
    assertAlias("/configure", "/selvhjelp/webresources/configure.html", "text/html");
  }

  private static void assertAlias(String path, String resource, String type) {
    HttpResponse<String> r = web.get(path);
    if (WebHeadersTest.class.getResource(resource) == null) {
      assertThat(r.statusCode()).as(path + " before its file exists").isEqualTo(404);
    } else {
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
    }
  }
}
