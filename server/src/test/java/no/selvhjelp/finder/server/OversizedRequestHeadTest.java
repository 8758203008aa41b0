package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request head (request line and headers) over 8 KiB is refused by the HTTP parser before any
 * handler runs; the answer is still ours: 414 or 431, the security headers, a short JSON body, and
 * nothing from the container. Raw sockets, so that the sizes are exactly what the test says.
 */
class OversizedRequestHeadTest {
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
  void aRequestLineOfNineKilobytesIs414WithOurHeadersAndBody() throws Exception {
    String response = exchange("GET /api/v1/groups?q=" + "a".repeat(9 * 1024) + " HTTP/1.1", "");

    assertThat(response).startsWith("HTTP/1.1 414 ");
    assertOurs(response);
    assertThat(body(response)).contains("\"error\"", "request line", "8 KiB");
  }

  @Test
  void aRequestLineOfAHundredKilobytesIs414WithOurHeadersAndBody() throws Exception {
    String response = exchange("GET /api/v1/groups?q=" + "a".repeat(100 * 1024) + " HTTP/1.1", "");

    assertThat(response).startsWith("HTTP/1.1 414 ");
    assertOurs(response);
  }

  @Test
  void aHeaderBlockOverEightKilobytesIs431WithOurHeadersAndBody() throws Exception {
    String cookies =
        "Cookie: a=" + "b".repeat(4000) + "\r\nX-Padding: " + "c".repeat(5000) + "\r\n";

    String response = exchange("GET /api/v1/groups HTTP/1.1", cookies);

    assertThat(response).startsWith("HTTP/1.1 431 ");
    assertOurs(response);
    assertThat(body(response)).contains("\"error\"", "headers", "8 KiB");
  }

  @Test
  void moreHeadersThanTheParserCountsIs431WithOurHeadersAndBody() throws Exception {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      headers.append("X-H").append(i).append(": x\r\n");
    }

    String response = exchange("GET /api/v1/groups HTTP/1.1", headers.toString());

    assertThat(response).startsWith("HTTP/1.1 431 ");
    assertOurs(response);
    assertThat(body(response)).contains("at most 100 headers");
  }

  @Test
  void aLongRequestLineJustUnderTheLimitIsServedAsUsual() throws Exception {
    String response = exchange("GET /api/v1/groups?q=" + "a".repeat(7 * 1024) + " HTTP/1.1", "");

    // The search text limit answers (a 400 in the API's words), not the parser.
    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(body(response)).contains("q");
    assertThat(response).contains("X-Content-Type-Options: nosniff");
  }

  @Test
  void aRequestInAnHttpVersionTheParserRefusesIsAnsweredInOurWordsToo() throws Exception {
    String response = exchange("GET /api/v1/groups HTTP/9.9", "");

    assertThat(response).startsWith("HTTP/1.1 505 ");
    assertOurs(response);
  }

  private static void assertOurs(String response) {
    String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
    assertThat(head)
        .contains("content-type: application/json")
        .contains("x-content-type-options: nosniff")
        .contains("content-security-policy: default-src 'self'")
        .contains("x-frame-options: deny")
        .contains("referrer-policy: no-referrer")
        .contains("cache-control: no-store")
        .contains("connection: close");
    assertThat(response)
        .doesNotContainIgnoringCase("grizzly")
        .doesNotContainIgnoringCase("<html")
        .doesNotContain("Exception");
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  /** Sends the request head, then reads the whole response: the server closes after an error. */
  private static String exchange(String requestLine, String headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", api.http.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request =
          requestLine + "\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
