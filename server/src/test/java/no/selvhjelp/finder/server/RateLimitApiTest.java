package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.selvhjelp.finder.server.ops.RateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-address search limit over real HTTP, configured small (3 in a burst, 6 a minute) behind a
 * trusted proxy, so that each test uses its own client address via X-Forwarded-For.
 */
class RateLimitApiTest {
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

  private static HttpResponse<String> from(String address, String path) {
    return web.get(path, "X-Forwarded-For", "203.0.113.99, " + address);
  }

  @Test
  void searchOverTheLimitIs429WithRetryAfterAndAJsonMessage() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(from("198.51.100.1", "/api/v1/groups?q=sorg").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> refused = from("198.51.100.1", "/api/v1/groups?q=sorg");
    assertThat(refused.statusCode()).isEqualTo(429);
    // 6 a minute: the next token is 10 s away.
    assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1, 10);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(api.engine.json().readTree(refused.body()).get("error").asText())
        .contains("Too many searches");
    assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void suggestAndTheEmbedSearchPageShareTheLimitAndThePageGetsHtml() {
    assertThat(from("198.51.100.2", "/api/v1/suggest?q=so").statusCode()).isEqualTo(200);
    assertThat(from("198.51.100.2", "/embed/groups").statusCode()).isEqualTo(200);
    assertThat(from("198.51.100.2", "/api/v1/groups").statusCode()).isEqualTo(200);
    HttpResponse<String> page = from("198.51.100.2", "/embed/groups?q=sorg");
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("For mange søk").contains("Too many searches");
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void otherAddressesAndOtherEndpointsAreNotAffected() {
    for (int i = 0; i < 4; i++) {
      from("198.51.100.3", "/api/v1/groups");
    }
    assertThat(from("198.51.100.3", "/api/v1/groups").statusCode()).isEqualTo(429);
    assertThat(from("198.51.100.4", "/api/v1/groups").statusCode()).isEqualTo(200);
    assertThat(from("198.51.100.3", "/api/v1/themes").statusCode()).isEqualTo(200);
    assertThat(from("198.51.100.3", "/health").statusCode()).isEqualTo(200);
  }

  @Test
  void forwardedForIsIgnoredUnlessAProxyIsTrusted() throws Exception {
    try (ApiServer direct = new ApiServer(new RateLimit(6, 2), false)) {
      WebClient client = new WebClient(direct);
      // Each request claims a new address; untrusted, they all count against the socket's.
      for (int i = 0; i < 2; i++) {
        assertThat(client.get("/api/v1/groups", "X-Forwarded-For", "192.0.2." + i).statusCode())
            .isEqualTo(200);
      }
      assertThat(client.get("/api/v1/groups", "X-Forwarded-For", "192.0.2.77").statusCode())
          .isEqualTo(429);
    }
  }
}
