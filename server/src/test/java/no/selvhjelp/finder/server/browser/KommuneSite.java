package no.selvhjelp.finder.server.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A kommune's own website on another origin ({@code http://localhost:PORT}, where the finder is
 * {@code http://127.0.0.1:PORT}): plain HTML pages that paste the finder's snippets, served with
 * the kind of strict Content-Security-Policy a careful kommune sends. Nothing inline may run or
 * style; scripts, styles, fetches and frames may come only from the finder.
 */
final class KommuneSite implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newFixedThreadPool(2, r -> new Thread(r, "kommune-site"));
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final Map<String, Boolean> withoutCsp = new ConcurrentHashMap<>();
  private final String csp;

  KommuneSite(String finderOrigin) throws IOException {
    this.csp =
        "default-src 'none'; script-src "
            + finderOrigin
            + "; connect-src "
            + finderOrigin
            + "; style-src "
            + finderOrigin
            + "; img-src "
            + finderOrigin
            + "; frame-src "
            + finderOrigin
            + "; form-action "
            + finderOrigin
            + "; base-uri 'none'";
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          String html = pages.get(exchange.getRequestURI().getPath());
          byte[] body = (html == null ? "Not found" : html).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          if (!withoutCsp.containsKey(exchange.getRequestURI().getPath())) {
            exchange.getResponseHeaders().set("Content-Security-Policy", csp);
          }
          exchange.getResponseHeaders().set("Cache-Control", "no-store");
          exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** Where the browser finds this site; "localhost" so its origin differs from the finder's. */
  String origin() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  String csp() {
    return csp;
  }

  /**
   * A page without any CSP, as many kommune sites are: there only the widget's own cleaning stands
   * between stored markup and the visitor.
   */
  String publishWithoutCsp(String path, String lang, String dir, String snippet) {
    withoutCsp.put(path, true);
    return publish(path, lang, dir, snippet);
  }

  /** Publishes a page whose main content is the given snippet; returns its URL. */
  String publish(String path, String lang, String dir, String snippet) {
    pages.put(
        path,
        "<!doctype html>\n<html lang=\""
            + lang
            + "\" dir=\""
            + dir
            + "\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>Kinn kommune – Selvhjelp</title>\n</head>\n<body>\n<header><p>Kinn kommune</p>"
            + "</header>\n<main>\n<h1>Selvhjelp i Kinn</h1>\n"
            + snippet
            + "\n</main>\n</body>\n</html>\n");
    return origin() + path;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
