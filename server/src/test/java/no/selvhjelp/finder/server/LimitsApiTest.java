package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.rest.ImportResource;
import no.selvhjelp.finder.rest.SearchParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every size limit answers with a clear 400 or 413 and a message, at its exact boundary. */
class LimitsApiTest {
  private static ApiServer api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiServer();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aDeclaredBodyOverTheLimitIs413BeforeTheBodyIsSent() throws Exception {
    // Only the headers are sent: the answer comes without the server waiting for 33 MiB.
    try (Socket socket = new Socket("127.0.0.1", api.http.port())) {
      socket.setSoTimeout(10_000);
      String request =
          "POST /api/v1/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Authorization: Bearer "
              + ApiServer.TOKEN
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + (ImportResource.MAX_BODY_BYTES + 1)
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      // Status line and headers, then the body, which the server sends at once.
      assertThat(in.readLine()).startsWith("HTTP/1.1 413");
      StringBuilder rest = new StringBuilder();
      int c;
      while (rest.indexOf("split the import") < 0 && (c = in.read()) >= 0) {
        rest.append((char) c);
      }
      assertThat(rest.toString()).containsIgnoringCase("content-type: application/json");
      assertThat(rest.toString()).contains("MiB; split the import");
    }
  }

  @Test
  void jsonNestedDeeperThanTheLimitIs400SayingSo() {
    int depth = Json.MAX_NESTING_DEPTH + 1;
    String deep = "{\"groups\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    ApiServer.Reply r = api.post("/api/v1/import", deep, ApiServer.TOKEN);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().toString()).containsIgnoringCase("nesting depth");
    assertThat(api.engine.store().groupCount()).isZero();
  }

  @Test
  void searchTextOverTheLimitIs400OnSearchAndSuggest() {
    String longest = "a".repeat(UserText.MAX_LENGTH);
    assertThat(api.get("/api/v1/groups?q=" + longest).status()).isEqualTo(200);
    for (String path : List.of("/api/v1/groups?q=", "/api/v1/suggest?q=")) {
      ApiServer.Reply r = api.get(path + longest + "a");
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.body().at("/details/0/field").asText()).isEqualTo("q");
      assertThat(r.body().at("/details/0/message").asText())
          .contains("longer than " + UserText.MAX_LENGTH);
    }
  }

  @Test
  void pageSizeOverTheLimitIs400NamingTheLimit() {
    assertThat(api.get("/api/v1/groups?size=" + SearchParameters.MAX_SIZE).status()).isEqualTo(200);
    ApiServer.Reply r = api.get("/api/v1/groups?size=" + (SearchParameters.MAX_SIZE + 1));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().at("/details/0/message").asText()).contains("1 to 100");
    assertThat(api.get("/api/v1/groups?page=" + (SearchParameters.MAX_PAGE + 1)).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/groups?size=99999999999999999999999").status()).isEqualTo(400);
  }

  @Test
  void tooManyValuesOfOneFilterIs400WithOneProblemNotThousands() {
    String many =
        java.util.stream.IntStream.range(0, 1000)
            .mapToObj(i -> "x" + i)
            .collect(Collectors.joining(","));
    ApiServer.Reply r = api.get("/api/v1/groups?theme=" + many);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().toString()).contains("more than " + SearchParameters.MAX_VALUES);
    assertThat(r.body().get("details").size()).isLessThanOrEqualTo(SearchParameters.MAX_VALUES + 1);

    String kommuner =
        api.engine.referenceData().kommuner().stream()
            .limit(SearchParameters.MAX_VALUES + 1)
            .map(k -> k.nummer())
            .collect(Collectors.joining(","));
    ApiServer.Reply valid = api.get("/api/v1/groups?kommune=" + kommuner);
    assertThat(valid.status()).isEqualTo(400);
    assertThat(valid.body().at("/details/0/field").asText()).isEqualTo("kommune");
    assertThat(valid.body().at("/details/0/message").asText())
        .contains("more than " + SearchParameters.MAX_VALUES);
  }
}
