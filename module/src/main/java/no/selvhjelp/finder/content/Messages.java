package no.selvhjelp.finder.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.selvhjelp.finder.api.Codes;

/**
 * UI texts per language, from the light module's Magnolia i18n bundles ({@code
 * /selvhjelp/i18n/selvhjelp-messages_<lang>.properties}), so both hosts show the same words.
 */
public final class Messages {
  private final Map<String, Properties> bundles;

  private Messages(Map<String, Properties> bundles) {
    this.bundles = Map.copyOf(bundles);
  }

  public static Messages load() {
    Map<String, Properties> bundles = new LinkedHashMap<>();
    for (String lang : Codes.UI_LANGUAGES) {
      String resource = "/selvhjelp/i18n/selvhjelp-messages_" + lang + ".properties";
      try (InputStream in = Messages.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Message bundle missing: " + resource);
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        bundles.put(lang, p);
      } catch (IOException e) {
        throw new UncheckedIOException(resource, e);
      }
    }
    return new Messages(bundles);
  }

  /** The text for a key in a UI language, falling back to Bokmål, then to the key itself. */
  public String get(String lang, String key) {
    Properties p = bundles.getOrDefault(lang, bundles.get("nb"));
    String value = p.getProperty(key);
    return value != null ? value : bundles.get("nb").getProperty(key, key);
  }

  public String themeLabel(String lang, String theme) {
    return get(lang, "selvhjelp.theme." + theme);
  }

  public List<String> languages() {
    return List.copyOf(bundles.keySet());
  }
}
