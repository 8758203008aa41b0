package no.selvhjelp.finder.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain-text HTTP against an {@link ApiServer}, as a browser without JavaScript would ask. */
final class WebClient {
  private final ApiServer api;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  WebClient(ApiServer api) {
    this.api = api;
  }

  /**
   * @param headers name, value, name, value...
   */
  HttpResponse<String> get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, headers);
  }

  HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(api.uri(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A raw request target, sent as is (no client-side normalising); the whole response. */
  String raw(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", api.http.port())) {
      socket.setSoTimeout(10_000);
      String request =
          "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      StringBuilder response = new StringBuilder();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        response.append(line).append('\n');
      }
      return response.toString();
    }
  }
}
