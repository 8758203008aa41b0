package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import no.selvhjelp.finder.server.ops.RateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every filter decides by the route Jersey matched, not by the raw path: a trailing slash, a {@code
 * ;matrix} parameter on any segment or an empty one reach the same resource, so they count against
 * the search limit, get the same CORS and caching headers, and never a 500.
 */
class RouteVariantsApiTest {
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
  private static ApiServer api;
  private static WebClient web;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer(new RateLimit(6, 3), true);
    web = new WebClient(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/groups/?q=sorg",
        "/api/v1/groups;x?q=sorg",
        "/api/v1;x/groups?q=sorg",
        "/embed/groups/",
        "/embed/groups;x",
        "/api/v1/suggest/?q=so",
        "/api/v1/suggest;x=1?q=so",
        "/?q=sorg",
        "/?lang=nn"
      })
  void everySpellingOfASearchCountsAgainstTheSearchLimit(String target) {
    String address = "198.51.100." + ADDRESSES.getAndIncrement();
    for (int i = 0; i < 3; i++) {
      assertThat(from(address, target).statusCode()).as(target).isEqualTo(200);
    }
    HttpResponse<String> refused = from(address, target);
    assertThat(refused.statusCode()).as(target).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/admin/stale",
        "/api/v1;x/admin/stale",
        "/api/v1/admin;x/stale",
        "/api/v1/admin/stale/",
        "/api/v1;/admin/stale",
        "/api/v1;/admin/export",
        "/api/v1;x/admin/export"
      })
  void adminRoutesAreNeverOpenToOtherSitesOrCachedHoweverSpelled(String target) {
    HttpResponse<String> r =
        web.get(target, "Authorization", "Bearer " + ApiServer.TOKEN, "Origin", "https://x.test");
    assertThat(r.statusCode()).as(target).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(target).isEmpty();
    assertThat(r.headers().firstValue("Cache-Control")).as(target).hasValue("no-store");
    assertThat(r.headers().firstValue("X-Frame-Options")).as(target).hasValue("DENY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/themes", "/api/v1/themes/", "/api/v1;x/themes"})
  void publicReadsAreOpenToOtherSitesHoweverSpelled(String target) {
    HttpResponse<String> r = web.get(target, "Origin", "https://kommune.test");
    assertThat(r.statusCode()).as(target).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(target).hasValue("*");
    assertThat(r.headers().firstValue("Cache-Control")).as(target).hasValue("public, max-age=60");
  }

  private static HttpResponse<String> from(String address, String path) {
    return web.get(path, "X-Forwarded-For", "203.0.113.99, " + address);
  }
}
