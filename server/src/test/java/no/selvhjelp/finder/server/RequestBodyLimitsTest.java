package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.selvhjelp.finder.server.mail.SmtpConfig;
import no.selvhjelp.finder.server.mail.SmtpMailTransport;
import no.selvhjelp.finder.server.ops.HttpLimits;
import no.selvhjelp.finder.server.ops.Operations;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.signup.SignupRateLimiter;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.Test;

/**
 * Request bodies over HTTP: each has a limit enforced before (declared length) and while (chunked)
 * it is read, the sign-up form refuses what it can without reading the body, an unknown charset is
 * a 415, and a body that does not come frees its worker after the read timeout with a 408, while
 * other visitors are served. Raw sockets on loopback, so that lengths and pauses are exactly what
 * the test says.
 */
class RequestBodyLimitsTest {
  private static final String SIGNUP = "/embed/groups/sorggruppe-kinn/interest";

  /** Sign-up is "available" (an SMTP host is configured); nothing here gets as far as sending. */
  private static ApiServer server(HttpLimits limits) throws Exception {
    SmtpConfig smtp =
        new SmtpConfig(
            "127.0.0.1", 9, "selvhjelp@example.org", false, null, null, Duration.ofSeconds(2));
    ApiServer api =
        new ApiServer(
            limits,
            engine ->
                new WebPages(
                    engine,
                    Optional.of(new SmtpMailTransport(smtp)),
                    SignupRateLimiter.Limits.DEFAULT));
    api.engine.imports().importBatch(PageFixtures.batch());
    api.engine.syncIndex();
    return api;
  }

  /** Sends the head (and {@code body}) of a request, leaves the socket open, returns it. */
  private static Socket send(ApiServer api, String head, String body) throws IOException {
    Socket socket = new Socket("127.0.0.1", api.http.port());
    socket.setSoTimeout(15_000);
    OutputStream out = socket.getOutputStream();
    out.write((head + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    out.flush();
    return socket;
  }

  private static String formHead(ApiServer api, String contentHeaders) {
    return "POST "
        + SIGNUP
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Origin: http://127.0.0.1:"
        + api.http.port()
        + "\r\nSec-Fetch-Site: same-origin\r\n"
        + contentHeaders;
  }

  /** The status line, headers and the body of the length the server declared. */
  private static String response(Socket socket) throws IOException {
    try (socket) {
      return nextResponse(socket);
    }
  }

  @Test
  void aSignUpDeclaringAHugeBodyIs413AtOnceWithOurPageAndHeaders() throws Exception {
    try (ApiServer api = server(HttpLimits.DEFAULT)) {
      String r =
          response(
              send(
                  api,
                  formHead(
                      api,
                      "Content-Type: application/x-www-form-urlencoded\r\n"
                          + "Content-Length: 150000000"),
                  "name=a"));
      assertThat(r).startsWith("HTTP/1.1 413");
      assertThat(r).contains("X-Content-Type-Options: nosniff", "Content-Security-Policy");
      assertThat(r).contains("text/html").contains("Skjemaet er for stort");
      assertThat(r).doesNotContainIgnoringCase("grizzly");
    }
  }

  @Test
  void aChunkedSignUpOverTheLimitStopsAt413() throws Exception {
    try (ApiServer api = server(HttpLimits.DEFAULT)) {
      StringBuilder chunks = new StringBuilder();
      String chunk = "message=" + "a".repeat(4088);
      for (int i = 0; i < 8; i++) { // 32 KiB, twice the form limit
        chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk);
        chunks.append("\r\n");
      }
      chunks.append("0\r\n\r\n");
      String r =
          response(
              send(
                  api,
                  formHead(
                      api,
                      "Content-Type: application/x-www-form-urlencoded\r\n"
                          + "Transfer-Encoding: chunked"),
                  chunks.toString()));
      assertThat(r).startsWith("HTTP/1.1 413");
      assertThat(r).contains("Skjemaet er for stort");
    }
  }

  @Test
  void aCrossSiteOrUnavailableSignUpIsRefusedWithoutWaitingForItsBody() throws Exception {
    try (ApiServer api = server(HttpLimits.DEFAULT)) {
      // Declares a body it never sends: only an answer that does not read it can come back.
      String crossSite =
          "POST "
              + SIGNUP
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\n"
              + "Sec-Fetch-Site: cross-site\r\nConnection: close\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000";
      assertThat(response(send(api, crossSite, ""))).startsWith("HTTP/1.1 403");
    }
    try (ApiServer noMail = new ApiServer()) {
      noMail.engine.imports().importBatch(PageFixtures.batch());
      String head =
          formHead(
              noMail,
              "Connection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: 5000");
      assertThat(response(send(noMail, head, ""))).startsWith("HTTP/1.1 503");
    }
  }

  @Test
  void anImportOverTheConfiguredLimitIs413InJson() throws Exception {
    HttpLimits small = new HttpLimits(16 * 1024, 1024, 2048, 10, 8);
    try (ApiServer api = new ApiServer(small, WebPages::new)) {
      String big = "{\"groups\":[" + "{\"id\":\"x\"},".repeat(400) + "{\"id\":\"y\"}]}";
      ApiServer.Reply r = api.post("/api/v1/import", big, ApiServer.TOKEN);
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.body().get("error").asText()).contains("larger than 2 KiB");
      // Without the token the body is never looked at: 401, not 413.
      assertThat(api.post("/api/v1/import", big, null).status()).isEqualTo(401);
      // One item's JSON has the smaller general limit.
      ApiServer.Reply put =
          api.send(
              HttpRequest.newBuilder(api.uri("/api/v1/groups/x"))
                  .header("Authorization", "Bearer " + ApiServer.TOKEN)
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"title\":\"" + "t".repeat(2000) + "\"}"))
                  .build());
      assertThat(put.status()).isEqualTo(413);
    }
  }

  @Test
  void slowSignUpBodiesAre408AfterTheReadTimeoutAndOthersAreServedMeanwhile() throws Exception {
    HttpLimits limits = new HttpLimits(16 * 1024, 1024 * 1024, 1024 * 1024, 2, 8);
    try (ApiServer api = server(limits);
        SignupTestSupport.LogCapture log = new SignupTestSupport.LogCapture()) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 6; i++) { // declares 10,000 bytes (within the limit), sends 6
          slow.add(
              send(
                  api,
                  formHead(
                      api,
                      "Content-Type: application/x-www-form-urlencoded\r\n"
                          + "Content-Length: 10000"),
                  "name=a"));
        }
        // While they hang, a visitor is served, well before any slow one is let go.
        HttpResponse<String> health =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                    HttpRequest.newBuilder(api.uri("/api/v1/themes"))
                        .timeout(Duration.ofMillis(1500))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        for (Socket socket : slow) {
          String r = response(socket);
          assertThat(r).startsWith("HTTP/1.1 408");
          assertThat(r).contains("Skjemaet kom ikke fram i tide", "nosniff");
        }
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      // Declaring more than a form may hold is refused at once, without waiting at all.
      assertThat(
              response(
                  send(
                      api,
                      formHead(
                          api,
                          "Content-Type: application/x-www-form-urlencoded\r\n"
                              + "Content-Length: 100000"),
                      "name=a")))
          .startsWith("HTTP/1.1 413");
      String text = log.text();
      assertThat(text).doesNotContain("Exception", "ERROR", "\tat ");
      assertThat(log.errors()).isZero();
    }
  }

  @Test
  void searchesAreAnsweredWhileStalledBodiesHoldEveryWorker() throws Exception {
    // Two workers, each held by a sign-up whose body does not come, until the read timeout (6 s).
    HttpLimits limits = new HttpLimits(16 * 1024, 1024 * 1024, 1024 * 1024, 6, 2);
    try (ApiServer api = server(limits)) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<String> searches = List.of("/api/v1/groups?q=sorg", "/?q=sorg");
      for (String search : searches) { // warm: a cold first page may take a second to render
        assertThat(client.send(get(api, search), HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(200);
      }
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          slow.add(send(api, stalledSignUp(api), "name=a"));
        }
        waitUntilBodiesAreAwaited(2);
        // A request that is not a search waits for a worker to be free...
        CompletableFuture<HttpResponse<String>> themes =
            client.sendAsync(get(api, "/api/v1/themes"), HttpResponse.BodyHandlers.ofString());
        // ...while the API's search and the visitor page's, on threads of their own, are answered.
        for (String search : searches) {
          HttpResponse<String> answer = answered(client, api, search);
          assertThat(answer.statusCode()).as(search).isEqualTo(200);
          assertThat(answer.body()).as(search).containsIgnoringCase("sorg");
        }
        assertThat(themes).as("the request that needs a worker, while both are held").isNotDone();
        for (Socket socket : slow) {
          assertThat(response(socket)).startsWith("HTTP/1.1 408");
        }
        assertThat(themes.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
    }
  }

  @Test
  void aBodyPipelinedBehindASearchIsReadOnAWorkerNotOnTheSearchThread() throws Exception {
    // As many clients as there are search threads, each sending a search and, in the same write, a
    // sign-up whose body does not come. Were the sign-up read where the search ran, it would hold
    // that search thread until the read timeout, and the last client's search would wait for it.
    HttpLimits limits = new HttpLimits(16 * 1024, 1024 * 1024, 1024 * 1024, 6, 8);
    try (ApiServer api = server(limits)) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      assertThat(answered(client, api, "/api/v1/groups?q=sorg").statusCode()).isEqualTo(200);
      int searchThreads = Operations.cores(); // as the server sizes its search threads
      List<Socket> pipelined = new ArrayList<>();
      try {
        for (int i = 0; i < searchThreads; i++) {
          pipelined.add(
              send(
                  api,
                  "GET /api/v1/groups?q=sorg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                      + stalledSignUp(api),
                  "name=a"));
        }
        waitUntilBodiesAreAwaited(searchThreads);
        HttpResponse<String> answer = answered(client, api, "/api/v1/groups?q=angst");
        assertThat(answer.statusCode()).isEqualTo(200);
        for (Socket socket : pipelined) {
          assertThat(nextResponse(socket)).startsWith("HTTP/1.1 200").contains("\"total\"");
          assertThat(response(socket)).startsWith("HTTP/1.1 408");
        }
      } finally {
        for (Socket s : pipelined) {
          s.close();
        }
      }
    }
  }

  /** A sign-up's head declaring 10,000 bytes, of which the test sends six. */
  private static String stalledSignUp(ApiServer api) {
    return formHead(
        api, "Content-Type: application/x-www-form-urlencoded\r\n" + "Content-Length: 10000");
  }

  /** A search that must be answered while the workers are held: within 2 s, or it failed. */
  private static HttpResponse<String> answered(HttpClient client, ApiServer api, String path)
      throws Exception {
    try {
      return client.send(
          HttpRequest.newBuilder(api.uri(path)).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new AssertionError(path + " was not answered while stalled bodies were being read");
    }
  }

  /**
   * Until this many of the server's threads (workers, or search threads were a body read there)
   * wait in a blocking read for a body; a minute at most.
   */
  private static void waitUntilBodiesAreAwaited(int threads) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (threadsAwaitingBodies() < threads) {
      assertThat(System.nanoTime()).as("threads waiting for bodies").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static long threadsAwaitingBodies() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("selvhjelp-"))
        .filter(
            e ->
                java.util.Arrays.stream(e.getValue())
                    .anyMatch(
                        f ->
                            f.getClassName().equals("org.glassfish.grizzly.http.io.InputBuffer")
                                && f.getMethodName().equals("blockingRead")))
        .count();
  }

  /** The next response on the socket, status line, headers and body; the socket stays open. */
  private static String nextResponse(Socket socket) throws IOException {
    java.io.InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return head + new String(body, StandardCharsets.UTF_8);
  }

  private static HttpRequest get(ApiServer api, String path) {
    return HttpRequest.newBuilder(api.uri(path)).build();
  }

  @Test
  void anUnknownCharsetIs415WithAtMostOneQuietLogLine() throws Exception {
    try (ApiServer api = server(HttpLimits.DEFAULT);
        SignupTestSupport.LogCapture log = new SignupTestSupport.LogCapture()) {
      int before = log.events();
      String form =
          response(
              send(
                  api,
                  formHead(
                      api,
                      "Connection: close\r\n"
                          + "Content-Type: application/x-www-form-urlencoded; charset=foo-bar\r\n"
                          + "Content-Length: 6"),
                  "name=a"));
      assertThat(form).startsWith("HTTP/1.1 415").contains("text/html");
      ApiServer.Reply json =
          api.send(
              HttpRequest.newBuilder(api.uri("/api/v1/import"))
                  .header("Authorization", "Bearer " + ApiServer.TOKEN)
                  .header("Content-Type", "application/json; charset=foo-bar")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"groups\":[]}"))
                  .build());
      assertThat(json.status()).isEqualTo(415);
      assertThat(json.body().get("error").asText()).contains("charset");
      assertThat(log.errors()).isZero();
      assertThat(log.text()).doesNotContain("\tat ", "Exception");
      assertThat(log.events() - before).isLessThanOrEqualTo(2);
    }
  }
}
