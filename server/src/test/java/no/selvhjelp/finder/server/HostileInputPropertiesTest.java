package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.testing.Fixtures;

/**
 * Property-based hostile input (jqwik) against one running server: arbitrary strings (any unicode,
 * control characters, %-encodings, huge numbers) in every public read parameter and id, raw request
 * targets sent as an attacker would, and random JSON as an import body. None may cause a 5xx; an id
 * never resolves outside its own kind; a refused import stores nothing.
 */
class HostileInputPropertiesTest {
  private static ApiServer api;
  private static WebClient web;
  private static ObjectMapper json;

  /** Every public read endpoint and the parameters it knows; unknown ones are sent too. */
  private static final Map<String, List<String>> ENDPOINTS = new LinkedHashMap<>();

  static {
    List<String> search =
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
            "lang",
            "fragment",
            "unknown");
    ENDPOINTS.put("/api/v1/groups", search);
    ENDPOINTS.put("/api/v1/suggest", List.of("q", "lang", "size"));
    ENDPOINTS.put("/api/v1/contact-points", List.of("kommune", "fylke", "lang"));
    ENDPOINTS.put("/api/v1/district-offices", List.of("kommune", "fylke", "lang"));
    ENDPOINTS.put("/api/v1/kommuner", List.of("fylke", "lang", "q"));
    ENDPOINTS.put("/api/v1/fylker", List.of("lang"));
    ENDPOINTS.put("/api/v1/themes", List.of("lang"));
    ENDPOINTS.put("/api/v1/groups/sorggruppe-kinn", List.of("lang"));
    ENDPOINTS.put("/embed/groups", search);
    ENDPOINTS.put("/embed/groups/sorggruppe-kinn", List.of("lang", "fragment", "back"));
    ENDPOINTS.put("/embed/group-list", search);
    ENDPOINTS.put("/embed/contact-points", List.of("kommune", "fylke", "lang", "fragment"));
    ENDPOINTS.put("/embed/district-office", List.of("kommune", "fylke", "lang", "fragment"));
    ENDPOINTS.put("/embed/about", List.of("lang", "fragment"));
    ENDPOINTS.put("/", search);
  }

  private static final List<String> ID_PATHS =
      List.of(
          "/api/v1/groups/",
          "/api/v1/contact-points/",
          "/api/v1/district-offices/",
          "/api/v1/postnummer/",
          "/embed/groups/");

  @BeforeContainer
  static void start() throws Exception {
    api = new ApiServer();
    web = new WebClient(api);
    json = api.engine.json();
    assertThat(
            api.importJson(
                    Map.of(
                        "districtOffices", List.of(Fixtures.office()),
                        "contactPoints", List.of(Fixtures.contactPoint()),
                        "groups", List.of(Fixtures.fullGroup())))
                .status())
        .isEqualTo(200);
  }

  @AfterContainer
  static void stop() {
    api.close();
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(
            2, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10)),
        net.jqwik.api.Tuple.of(
            2, Arbitraries.strings().withChars("%2eEfF0cC5/\\.+,&=;#?*~\"'<>").ofMaxLength(30)),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                "../",
                "..%2f",
                "%2e%2e%2f",
                "%252e%252e%252f",
                "..\\",
                "%00",
                "\u0000",
                "%c0%ae%c0%ae/",
                "*",
                "sorg*",
                "title:x",
                "' OR '1'='1",
                "<script>alert(1)</script>",
                "\u202e\u200f",
                "\ud83d",
                "NaN",
                "Infinity",
                "-0",
                "1e309",
                "0x10",
                "61.6,5.03,1",
                ",,,,")),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.bigIntegers()
                .between(
                    java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                .map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(400).ofMaxLength(700)));
  }

  @Provide
  Arbitrary<String> endpoint() {
    return Arbitraries.of(ENDPOINTS.keySet());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Property(tries = 300)
  void noReadParameterValueCausesA5xx(
      @ForAll("endpoint") String endpoint,
      @ForAll("hostile") String first,
      @ForAll("hostile") String second,
      @ForAll int which) {
    List<String> params = ENDPOINTS.get(endpoint);
    String a = params.get(Math.floorMod(which, params.size()));
    String b = params.get(Math.floorMod(which >> 8, params.size()));
    String query = a + "=" + encode(first) + "&" + b + "=" + encode(second);
    int status = web.get(endpoint + "?" + query).statusCode();
    assertThat(status).as(endpoint + "?" + query).isLessThan(500);
  }

  @Property(tries = 200)
  void noIdResolvesOutsideItsKindOrCausesA5xx(
      @ForAll("hostile") String id, @ForAll("idPath") String path) {
    String encoded = encode(id).replace("+", "%20");
    int status = web.get(path + encoded).statusCode();
    assertThat(status).as(path + encoded).isLessThan(500);
    if (!isRealId(path, id)) {
      assertThat(status).as(path + encoded).isBetween(400, 499);
    }
  }

  @Example
  void aRealPostnummerResolvesOnlyAsAPostnummer() {
    assertThat(web.get("/api/v1/postnummer/1001").statusCode()).isEqualTo(200);
    assertThat(web.get("/api/v1/groups/1001").statusCode()).isEqualTo(404);
    assertThat(web.get("/api/v1/contact-points/1001").statusCode()).isEqualTo(404);
  }

  @Property(tries = 100)
  void pathTraversalInAnIdIsRejected(
      @ForAll("traversal") String traversal, @ForAll("idPath") String path) {
    int status = web.get(path + traversal).statusCode();
    assertThat(status).as(path + traversal).isIn(400, 404);
  }

  @Provide
  Arbitrary<String> idPath() {
    return Arbitraries.of(ID_PATHS);
  }

  @Provide
  Arbitrary<String> traversal() {
    Arbitrary<String> prefix =
        Arbitraries.of("..%2f", "%2e%2e%2f", "%2e%2e/", "..%5c", "%2e%2e%5c", "%252e%252e%252f");
    Arbitrary<String> target =
        Arbitraries.of(
            "contact-points%2ffrivilligsentralen-kinn",
            "sorggruppe-kinn",
            "jcr:system",
            "etc%2fpasswd",
            "%00sorggruppe-kinn",
            "sorggruppe-kinn%00",
            "sorggruppe-kinn%2f..%2fsorggruppe-kinn");
    return Combinators.combine(prefix.list().ofMinSize(1).ofMaxSize(4), target)
        .as((p, t) -> String.join("", p) + t);
  }

  /**
   * Ids that rightly resolve under {@code path}: the fixture's ids, any of the 5,121 real
   * postnummer under the postnummer path (jqwik's numbers hit them, e.g. 1001), and "", "." and
   * "..", which URL normalisation turns into other (valid) paths.
   */
  private static boolean isRealId(String path, String id) {
    if (path.equals("/api/v1/postnummer/")
        && api.engine.referenceData().postnummer(id).isPresent()) {
      return true;
    }
    return List.of("sorggruppe-kinn", "frivilligsentralen-kinn", "vest", "6900", "", ".", "..")
        .contains(id);
  }

  // ---- spellings of one route ----

  /** Routes whose answer must look the same however the path is spelled. */
  private static final List<String> ADMIN_ROUTES =
      List.of("api/v1/admin/stale", "api/v1/admin/export", "api/v1/admin/groups/sorggruppe-kinn");

  private static final List<String> PUBLIC_ROUTES =
      List.of("api/v1/groups", "api/v1/suggest", "api/v1/themes", "api/v1/groups/sorggruppe-kinn");

  /** A route's segments, each perhaps with {@code ;params}, perhaps with a trailing slash. */
  private static Arbitrary<String> spelled(List<String> routes) {
    Arbitrary<String> param =
        Arbitraries.strings().withChars("abcxyz=,;").ofMaxLength(4).map(p -> ";" + p);
    return Arbitraries.of(routes)
        .flatMap(
            route -> {
              String[] segments = route.split("/");
              return Combinators.combine(
                      param.optional().list().ofSize(segments.length), Arbitraries.of("", "/"))
                  .as(
                      (params, end) -> {
                        StringBuilder path = new StringBuilder();
                        for (int i = 0; i < segments.length; i++) {
                          path.append('/').append(segments[i]).append(params.get(i).orElse(""));
                        }
                        return path + end;
                      });
            });
  }

  @Provide
  Arbitrary<String> adminSpelling() {
    return spelled(ADMIN_ROUTES);
  }

  @Provide
  Arbitrary<String> publicSpelling() {
    return spelled(PUBLIC_ROUTES);
  }

  /** However spelled, an admin read is never a 5xx, never open to other sites, never cached. */
  @Property(tries = 120)
  void anAdminRouteHoweverSpelledIsNeitherOpenNorCached(@ForAll("adminSpelling") String path) {
    var r = web.get(path, "Authorization", "Bearer " + ApiServer.TOKEN, "Origin", "https://x.test");
    assertThat(r.statusCode()).as(path).isLessThan(500);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
    assertThat(r.headers().firstValue("Cache-Control").orElse("no-store"))
        .as(path)
        .doesNotContain("public");
  }

  /** However spelled, a public read that answers is open to every site like its plain form. */
  @Property(tries = 120)
  void aPublicRouteHoweverSpelledIsOpenLikeItsPlainForm(@ForAll("publicSpelling") String path) {
    var r = web.get(path + "?q=sorg", "Origin", "https://kommune.test");
    assertThat(r.statusCode()).as(path).isLessThan(500);
    if (r.statusCode() == 200) {
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
    }
  }

  /** Raw targets with unescaped %, backslashes and the like, which java.net.URI would refuse. */
  @Property(tries = 150)
  void rawRequestTargetsNeverCauseA5xx(
      @ForAll("endpoint") String endpoint, @ForAll("rawQuery") String raw) throws IOException {
    String line = "GET " + endpoint + "?q=" + raw + " HTTP/1.1";
    String status = rawStatusLine(line);
    assertThat(status).as(line).doesNotContain(" 500 ").doesNotMatch("HTTP/1\\.1 5\\d\\d.*");
  }

  @Provide
  Arbitrary<String> rawQuery() {
    return Arbitraries.strings()
        .withChars("%0123456789abcdefABCDEFzZ/\\.?&=#;:@!$'()*+,~[]{}|^`\"<>")
        .ofMaxLength(40);
  }

  private static String rawStatusLine(String requestLine) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", api.http.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      byte[] head = socket.getInputStream().readNBytes(20);
      return new String(head, StandardCharsets.US_ASCII);
    }
  }

  // ---- the import body ----

  private static final List<String> GROUP_FIELDS =
      List.of(
          "id",
          "title",
          "summary",
          "description",
          "themes",
          "languages",
          "format",
          "kommunenummer",
          "address",
          "postnummer",
          "lat",
          "lon",
          "schedule",
          "status",
          "closedGroup",
          "audience",
          "contactPointId",
          "contact",
          "lastVerified",
          "published",
          "unknownField");

  @Provide
  Arbitrary<Object> jsonValue() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.strings().all().ofMaxLength(20).map(s -> (Object) s),
        () ->
            Arbitraries.of("fuzz-1", "0301", "sorg", "digital", "open", "nb", "2024-01-01")
                .map(s -> (Object) s),
        () -> Arbitraries.integers().map(i -> (Object) i),
        () -> Arbitraries.doubles().map(d -> (Object) d),
        () -> Arbitraries.of(true, false).map(b -> (Object) b),
        () -> Arbitraries.just(null),
        () -> jsonValue().list().ofMaxSize(3).map(l -> (Object) l),
        () ->
            Arbitraries.maps(Arbitraries.of(GROUP_FIELDS), jsonValue())
                .ofMaxSize(4)
                .map(m -> (Object) m));
  }

  @Provide
  Arbitrary<Map<String, Object>> groupLike() {
    return Arbitraries.maps(Arbitraries.of(GROUP_FIELDS), jsonValue()).ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Object> importBody() {
    Arbitrary<Object> batch =
        Combinators.combine(
                groupLike().list().ofMaxSize(3),
                Arbitraries.of("groups", "contactPoints", "districtOffices", "other"),
                jsonValue())
            .as(
                (items, key, extra) -> {
                  Map<String, Object> body = new LinkedHashMap<>();
                  body.put(key, items);
                  if (extra instanceof Map<?, ?>) {
                    body.put("groups", extra);
                  }
                  return (Object) body;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, batch), net.jqwik.api.Tuple.of(1, jsonValue()));
  }

  @Property(tries = 250)
  void aRandomImportBodyIsNeverA5xxAndARefusedOneStoresNothing(@ForAll("importBody") Object body)
      throws IOException {
    Map<String, Group> before = snapshot();
    int contactPoints = api.engine.store().contactPoints().size();
    int offices = api.engine.store().districtOffices().size();
    String text = json.writeValueAsString(body);
    int status = api.post("/api/v1/import", text, ApiServer.TOKEN).status();
    assertThat(status).as(text).isLessThan(500);
    if (status >= 400) {
      assertThat(snapshot()).as(text).isEqualTo(before);
      assertThat(api.engine.store().contactPoints()).hasSize(contactPoints);
      assertThat(api.engine.store().districtOffices()).hasSize(offices);
    }
  }

  private static Map<String, Group> snapshot() {
    Map<String, Group> all = new TreeMap<>();
    api.engine.store().forEachGroup(g -> all.put(g.id(), g));
    return all;
  }
}
