package no.selvhjelp.finder.server.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.Readiness;
import no.selvhjelp.finder.server.AdminToken;
import no.selvhjelp.finder.server.HttpHost;
import no.selvhjelp.finder.server.ServerConfig;
import no.selvhjelp.finder.server.web.WebPages;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;

/**
 * The finder as a browser meets it: the real REST API, pages, widget and assets on Grizzly over an
 * in-memory Jackrabbit, on a free port of 127.0.0.1. Content arrives through the real import API
 * with the admin token, as an importing system would send it.
 */
final class LiveFinder implements AutoCloseable {
  private static final String TOKEN = "browser-test-admin-token-0123456789";

  private final InMemoryJackrabbit jackrabbit = new InMemoryJackrabbit();
  private final Engine engine;
  private final HttpHost http;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  LiveFinder(ImportBatch content) throws IOException {
    engine = new Engine(jackrabbit).start();
    AdminToken tokens =
        AdminToken.fromConfig(new ServerConfig(0, "127.0.0.1", Path.of("unused"), false, TOKEN));
    Readiness readiness = new Readiness();
    http =
        HttpHost.start(
            "127.0.0.1", 0, engine.restApplication(tokens, readiness), new WebPages(engine));
    readiness.ready();
    importOverHttp(content);
    warmUp();
  }

  /**
   * One request per template before the browser comes: the first render compiles templates and
   * warms the index, which on a busy machine can take longer than a page load should.
   */
  private void warmUp() throws IOException {
    for (String path : new String[] {"/embed/groups?q=sorg", "/embed/groups/x", "/embed/about"}) {
      try {
        client.send(
            HttpRequest.newBuilder(URI.create(url(path))).build(),
            HttpResponse.BodyHandlers.discarding());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }

  /** Where the browser finds the finder, e.g. {@code http://127.0.0.1:41234}. */
  String origin() {
    return "http://127.0.0.1:" + http.port();
  }

  String url(String pathAndQuery) {
    return origin() + pathAndQuery;
  }

  /** POSTs the batch to /api/v1/import with the admin token; the index is up to date after. */
  void importOverHttp(ImportBatch batch) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/api/v1/import")))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(engine.json().writeValueAsBytes(batch)))
            .build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    // The index follows JCR events asynchronously; reconciling now makes the next page see it all.
    engine.syncIndex();
  }

  @Override
  public void close() throws Exception {
    http.close();
    engine.close();
    jackrabbit.close();
  }
}
