package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.rest.AdminOnly;
import no.selvhjelp.finder.server.ops.Operations;
import no.selvhjelp.finder.server.ops.RateLimit;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may write, who may read cross-origin, and which security headers every route carries, errors
 * and static assets included. The write endpoints are found by reflection over everything the
 * server registers, so a write added later is covered without editing this test.
 */
class SecurityApiTest {
  private static final String STRICT =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'";

  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
    web = new WebClient(api);
    api.importJson(
        Map.of(
            "districtOffices", List.of(Fixtures.office()),
            "contactPoints", List.of(Fixtures.contactPoint()),
            "groups", List.of(Fixtures.fullGroup())));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  record Endpoint(String method, String path, boolean adminOnly) {}

  /** Every resource method the server serves, from its JAX-RS annotations. */
  private static List<Endpoint> endpoints() {
    List<Object> all = new ArrayList<>();
    all.addAll(api.engine.restApplication(t -> false, api.readiness).getSingletons());
    all.addAll(new WebPages(api.engine).singletons());
    all.addAll(new Operations(api.engine, RateLimit.OFF, false).singletons());
    List<Endpoint> result = new ArrayList<>();
    for (Object o : all) {
      Class<?> type = o.getClass();
      Path base = type.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        String method = httpMethod(m);
        if (method == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = "/" + base.value() + (sub == null ? "" : "/" + sub.value());
        path = path.replaceAll("\\{[^}:]+(:[^}]*)?\\}", "sorggruppe-kinn").replace("//", "/");
        boolean admin =
            m.isAnnotationPresent(AdminOnly.class) || type.isAnnotationPresent(AdminOnly.class);
        result.add(new Endpoint(method, path, admin));
      }
    }
    return result;
  }

  private static String httpMethod(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return HttpMethod.GET;
    }
    if (m.isAnnotationPresent(POST.class)) {
      return HttpMethod.POST;
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return HttpMethod.PUT;
    }
    if (m.isAnnotationPresent(DELETE.class)) {
      return HttpMethod.DELETE;
    }
    if (m.isAnnotationPresent(PATCH.class)) {
      return HttpMethod.PATCH;
    }
    return null;
  }

  @Test
  void everyWriteEndpointIsAdminOnly() {
    List<Endpoint> writes =
        endpoints().stream().filter(e -> !HttpMethod.GET.equals(e.method())).toList();
    assertThat(writes).extracting(Endpoint::path).contains("/api/v1/import");
    // The one public write is a visitor's interest sign-up: it stores nothing (it sends one mail)
    // and has its own limits; see InterestSignupTest.
    assertThat(writes)
        .filteredOn(e -> !e.adminOnly())
        .extracting(Endpoint::path)
        .containsExactly("/embed/groups/sorggruppe-kinn/interest");
  }

  @Test
  void everyAdminEndpointAnswers401WithoutOrWithAWrongTokenAndChangesNothing() {
    List<Endpoint> admin = endpoints().stream().filter(Endpoint::adminOnly).toList();
    assertThat(admin).extracting(Endpoint::path).contains("/metrics", "/api/v1/admin/export");
    for (Endpoint e : admin) {
      for (String auth : new String[] {null, "Bearer wrong-token", "Basic YWRtaW46YWRtaW4=", ""}) {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(api.uri(e.path()))
                // each write's own media type, so the answer is about the token, not the body
                .header(
                    "Content-Type",
                    e.path().endsWith(".csv")
                        ? "text/csv"
                        : "PATCH".equals(e.method())
                            ? "application/merge-patch+json"
                            : "application/json")
                .method(
                    e.method(),
                    HttpMethod.GET.equals(e.method()) || HttpMethod.DELETE.equals(e.method())
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"groups\":[]}"));
        if (auth != null) {
          b.header("Authorization", auth);
        }
        assertThat(api.send(b.build()).status()).as(e + " with " + auth).isEqualTo(401);
      }
    }
    assertThat(api.engine.store().group("sorggruppe-kinn")).isPresent();
  }

  @Test
  void corsPreflightsForWritesAreRefusedAndOnlyGetIsAllowed() {
    for (String path :
        List.of("/api/v1/import", "/api/v1/groups/sorggruppe-kinn", "/embed/groups")) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        HttpResponse<String> r =
            web.send(
                "OPTIONS",
                path,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                method,
                "Access-Control-Request-Headers",
                "authorization, content-type");
        String allowed = r.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertThat(allowed).as(method + " " + path).doesNotContain(method);
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
      }
    }
    // Pages of our own and the admin's reads are not for other origins at all.
    for (String path : List.of("/", "/metrics", "/api/v1/admin/export", "/configure")) {
      HttpResponse<String> preflight =
          web.send(
              "OPTIONS",
              path,
              "Origin",
              "https://evil.example",
              "Access-Control-Request-Method",
              "GET");
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
      assertThat(
              web.get(path, "Origin", "https://evil.example")
                  .headers()
                  .firstValue("Access-Control-Allow-Origin"))
          .as(path)
          .isEmpty();
    }
    HttpResponse<String> read = web.get("/api/v1/groups", "Origin", "https://kommune.example");
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void everyRouteCarriesTheSecurityHeadersForItsKindIncludingErrorsAndAssets() throws Exception {
    List<String> own =
        new ArrayList<>(
            List.of(
                "/",
                "/?q=sorg",
                "/configure",
                "/widget.js",
                "/.resources/selvhjelp/webresources/selvhjelp.css",
                "/.resources/selvhjelp/webresources/no-such.css",
                "/api/v1/groups",
                "/api/v1/groups?page=0",
                "/api/v1/groups/sorggruppe-kinn",
                "/api/v1/groups/finnes-ikke",
                "/api/v1/groups/Not_An_Id",
                "/api/v1/suggest?q=so",
                "/api/v1/kommuner",
                "/api/v1/fylker",
                "/api/v1/themes",
                "/api/v1/postnummer/6900",
                "/api/v1/contact-points",
                "/api/v1/district-offices",
                "/health",
                "/metrics",
                "/api/v1/admin/export",
                "/no-such-page"));
    for (Endpoint e : endpoints()) {
      if (HttpMethod.GET.equals(e.method()) && !e.path().startsWith("/embed")) {
        own.add(e.path());
      }
    }
    List<String> embed =
        List.of(
            "/embed/groups",
            "/embed/groups?page=0",
            "/embed/groups/sorggruppe-kinn",
            "/embed/groups/finnes-ikke",
            "/embed/group-list",
            "/embed/contact-points?kommune=4602",
            "/embed/district-office?kommune=4602",
            "/embed/about",
            "/embed/no-such-component");
    for (String path : own) {
      HttpResponse<String> r = web.get(path);
      assertOwn(path + " (" + r.statusCode() + ")", r);
    }
    for (String path : embed) {
      HttpResponse<String> r = web.get(path);
      String as = path + " (" + r.statusCode() + ")";
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(as)
          .hasValue(STRICT + "; frame-ancestors *");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(as).isEmpty();
      assertCommon(as, r);
    }
    // A URL Jersey cannot parse is answered before Jersey, and still carries the headers.
    String raw = rawResponse("GET /api/v1/groups?q=%zz HTTP/1.1");
    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).contains("X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer");
    assertThat(raw).contains("frame-ancestors 'none'");
  }

  @Test
  void aServerErrorCarriesTheSecurityHeadersAndNoInternals() throws Exception {
    ApiServer broken = new ApiServer();
    try {
      broken.importJson(Map.of("groups", List.of(Fixtures.fullGroup())));
      broken.jackrabbit.close(); // the repository goes away under a running server
      HttpResponse<String> r = new WebClient(broken).get("/api/v1/groups/sorggruppe-kinn");
      assertThat(r.statusCode()).isGreaterThanOrEqualTo(500);
      assertOwn("500", r);
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at no.selvhjelp");
    } finally {
      broken.http.close();
      try {
        broken.engine.close();
      } catch (Exception expected) {
        // the repository was closed on purpose; the engine's unregistering may fail
      }
    }
  }

  private static void assertOwn(String as, HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .as(as)
        .hasValue(STRICT + "; frame-ancestors 'none'");
    assertThat(r.headers().firstValue("X-Frame-Options")).as(as).hasValue("DENY");
    assertCommon(as, r);
  }

  private static void assertCommon(String as, HttpResponse<String> r) {
    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(as).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).as(as).hasValue("no-referrer");
  }

  private static String rawResponse(String requestLine) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.http.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
