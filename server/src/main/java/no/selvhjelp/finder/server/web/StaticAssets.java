package no.selvhjelp.finder.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The light module's web resources ({@code /selvhjelp/webresources/} on the classpath, where the
 * module jar carries them and where Magnolia serves them from as {@code /.resources/selvhjelp/
 * webresources/}). A path is checked segment by segment before it touches the class loader: no
 * {@code ..}, no {@code .}, no empty segment, no backslash, only known file types; anything else is
 * simply not found.
 */
final class StaticAssets {
  private static final String ROOT = "/selvhjelp/webresources/";
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "html", "text/html; charset=UTF-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "woff2", "font/woff2",
          "txt", "text/plain; charset=UTF-8");

  /** Found assets only: a miss is not cached, so made-up names cannot fill the memory. */
  private final Map<String, Asset> cache = new ConcurrentHashMap<>();

  /**
   * @param etag the strong tag of {@code bytes}, hashed once when the asset is first read: hashing
   *     {@code widget.js} on every request was the top frame of the server's static answers
   */
  record Asset(byte[] bytes, String mediaType, String etag) {}

  Optional<Asset> find(String path) {
    if (!safe(path)) {
      return Optional.empty();
    }
    Asset cached = cache.get(path);
    if (cached != null) {
      return Optional.of(cached);
    }
    String type = TYPES.get(extension(path));
    try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      Asset asset = new Asset(bytes, type, WebHeadersFilter.etag(bytes));
      cache.put(path, asset);
      return Optional.of(asset);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ROOT + path, e);
    }
  }

  static boolean safe(String path) {
    if (path == null || path.isEmpty() || path.length() > 200) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || !segment.matches("[A-Za-z0-9._-]+")) {
        return false;
      }
    }
    return TYPES.containsKey(extension(path));
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
