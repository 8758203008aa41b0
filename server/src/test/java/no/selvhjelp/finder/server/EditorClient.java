package no.selvhjelp.finder.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** An editor's HTTP calls to an {@link ApiServer}: any method, body type, token and editor name. */
final class EditorClient {
  private final ApiServer api;
  private final ObjectMapper json;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  EditorClient(ApiServer api) {
    this.api = api;
    this.json = api.engine.json();
  }

  /** A response with its body as text, and as JSON when it is JSON. */
  record Text(int status, String body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Text call(
      String method, String path, String body, String contentType, String token, String editor) {
    return call(method, path, body, contentType, token, editor, java.util.Map.of());
  }

  /** With more request headers, e.g. If-Match. */
  Text call(
      String method,
      String path,
      String body,
      String contentType,
      String token,
      String editor,
      java.util.Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(api.uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (editor != null) {
      b.header("X-Editor", editor);
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r =
          client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Text(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** As the editor with the right token; JSON in, JSON out. */
  ApiServer.Reply json(String method, String path, Object body, String editor) {
    try {
      String text = body == null ? null : json.writeValueAsString(body);
      Text t =
          call(
              method,
              path,
              text,
              body == null ? null : "application/json",
              ApiServer.TOKEN,
              editor);
      return new ApiServer.Reply(
          t.status(), t.body().isEmpty() ? null : json.readTree(t.body()), t.raw());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ApiServer.Reply get(String path) {
    return json("GET", path, null, null);
  }

  ApiServer.Reply post(String path) {
    return json("POST", path, null, null);
  }

  String export() {
    Text t = call("GET", "/api/v1/admin/export", null, null, ApiServer.TOKEN, null);
    if (t.status() != 200) {
      throw new AssertionError("export answered " + t.status() + ": " + t.body());
    }
    return t.body();
  }

  String exportCsv(String type) {
    Text t =
        call("GET", "/api/v1/admin/export.csv?type=" + type, null, null, ApiServer.TOKEN, null);
    if (t.status() != 200) {
      throw new AssertionError("CSV export answered " + t.status() + ": " + t.body());
    }
    return t.body();
  }

  Text importCsv(String type, String csv) {
    return call(
        "POST",
        "/api/v1/admin/import.csv?type=" + type,
        csv,
        "text/csv; charset=UTF-8",
        ApiServer.TOKEN,
        "CSV-editor");
  }

  JsonNode tree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
