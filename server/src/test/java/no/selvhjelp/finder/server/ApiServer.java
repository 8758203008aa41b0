package no.selvhjelp.finder.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.Readiness;
import no.selvhjelp.finder.server.ops.HttpLimits;
import no.selvhjelp.finder.server.ops.Operations;
import no.selvhjelp.finder.server.ops.RateLimit;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;

/**
 * The real REST application and pages on Grizzly, over an in-memory Jackrabbit, on a free loopback
 * port: tests talk to it over HTTP exactly as clients do.
 */
final class ApiServer implements AutoCloseable {
  static final String TOKEN = "test-admin-token-0123456789";

  final InMemoryJackrabbit jackrabbit = new InMemoryJackrabbit();
  final Engine engine = new Engine(jackrabbit).start();
  final Readiness readiness = new Readiness();
  final HttpHost http;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = engine.json();

  ApiServer() throws IOException {
    this(RateLimit.OFF, false, WebPages::new);
  }

  /** With the operational parts configured (rate limit off unless a test is about it). */
  ApiServer(RateLimit searchLimit, boolean trustProxy) throws IOException {
    this(searchLimit, trustProxy, WebPages::new);
  }

  /** With the pages built by {@code web}, e.g. with a mail transport for sign-ups. */
  ApiServer(java.util.function.Function<Engine, WebPages> web) throws IOException {
    this(RateLimit.OFF, false, web);
  }

  ApiServer(
      RateLimit searchLimit, boolean trustProxy, java.util.function.Function<Engine, WebPages> web)
      throws IOException {
    this(searchLimit, trustProxy, HttpLimits.DEFAULT, web);
  }

  /** With body limits, read timeout and worker pool of a test's choosing. */
  ApiServer(HttpLimits limits, java.util.function.Function<Engine, WebPages> web)
      throws IOException {
    this(RateLimit.OFF, false, limits, web);
  }

  ApiServer(
      RateLimit searchLimit,
      boolean trustProxy,
      HttpLimits limits,
      java.util.function.Function<Engine, WebPages> web)
      throws IOException {
    AdminToken tokens =
        AdminToken.fromConfig(new ServerConfig(0, "127.0.0.1", Path.of("unused"), false, TOKEN));
    http =
        HttpHost.start(
            "127.0.0.1",
            0,
            engine.restApplication(tokens, readiness),
            web.apply(engine),
            new Operations(engine, searchLimit, trustProxy, limits));
    readiness.ready();
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  Reply post(String path, String body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  Reply importJson(Object body) {
    try {
      return post("/api/v1/import", json.writeValueAsString(body), TOKEN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply delete(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).DELETE();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body().isEmpty() ? null : json.readTree(r.body());
      return new Reply(r.statusCode(), body, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends one raw HTTP/1.1 request line and returns the response's status line. */
  String rawStatusLine(String requestLine) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", http.port())) {
      socket.setSoTimeout(10_000);
      String request = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + http.port() + pathAndQuery);
  }

  Map<String, Object> batch(String key, Object... items) {
    return Map.of(key, java.util.List.of(items));
  }

  @Override
  public void close() {
    http.close();
    try {
      engine.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    jackrabbit.close();
  }
}
