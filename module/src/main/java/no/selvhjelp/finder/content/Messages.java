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
import java.util.TreeMap;
import no.selvhjelp.finder.api.Codes;

/**
 * UI texts per language, from the light module's Magnolia i18n bundles ({@code
 * /selvhjelp/i18n/selvhjelp-messages_<lang>.properties}), so both hosts show the same words.
 *
 * <p>Bokmål, Nynorsk and English have full bundles. Six mother tongues common among visitors
 * (Arabic, Somali, Tigrinya, Persian, Ukrainian, Polish) have bundles with the "what is a self-help
 * group" text only: their pages get English UI labels, because a visitor who asks for one of these
 * languages is more likely to read English than Norwegian, and labels we cannot maintain in nine
 * languages are worse than good English ones.
 */
public final class Messages {
  /** Languages with only the about text (and English UI labels around it). */
  public static final List<String> ABOUT_ONLY_LANGUAGES =
      List.of("ar", "so", "ti", "fa", "uk", "pl");

  private static final String ABOUT_PREFIX = "selvhjelp.about.";

  private final Map<String, Properties> bundles;
  private final Map<String, Map<String, String>> labels;

  private Messages(Map<String, Properties> bundles, Map<String, Properties> aboutBundles) {
    this.bundles = Map.copyOf(bundles);
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String lang : bundles.keySet()) {
      all.put(lang, merge(bundles.get("nb"), bundles.get(lang), null));
    }
    for (Map.Entry<String, Properties> about : aboutBundles.entrySet()) {
      all.put(about.getKey(), merge(bundles.get("nb"), bundles.get("en"), about.getValue()));
    }
    this.labels = Map.copyOf(all);
  }

  public static Messages load() {
    Map<String, Properties> bundles = new LinkedHashMap<>();
    for (String lang : Codes.UI_LANGUAGES) {
      bundles.put(lang, bundle(lang));
    }
    Map<String, Properties> about = new LinkedHashMap<>();
    for (String lang : ABOUT_ONLY_LANGUAGES) {
      about.put(lang, bundle(lang));
    }
    return new Messages(bundles, about);
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

  /** The UI languages (nb, nn, en): those with every label. */
  public List<String> languages() {
    return Codes.UI_LANGUAGES; // in display order; the bundle map has none
  }

  /** Whether a page can be shown in this language: a UI language or an about-only one. */
  public boolean hasPageLanguage(String lang) {
    return labels.containsKey(lang);
  }

  /**
   * Every text a page in this language shows, key to text: the language's bundle over Bokmål; for
   * an about-only language, its about text over the English labels over Bokmål.
   */
  public Map<String, String> labels(String lang) {
    Map<String, String> result = labels.get(lang);
    if (result == null) {
      throw new IllegalArgumentException("No texts for language " + lang);
    }
    return result;
  }

  private static Map<String, String> merge(Properties base, Properties over, Properties about) {
    Map<String, String> merged = new TreeMap<>();
    base.stringPropertyNames().forEach(k -> merged.put(k, base.getProperty(k)));
    over.stringPropertyNames().forEach(k -> merged.put(k, over.getProperty(k)));
    if (about != null) {
      // Only the about text is taken: anything else in these bundles would mix languages.
      about.stringPropertyNames().stream()
          .filter(k -> k.startsWith(ABOUT_PREFIX))
          .forEach(k -> merged.put(k, about.getProperty(k)));
    }
    return Map.copyOf(merged);
  }

  private static Properties bundle(String lang) {
    String resource = "/selvhjelp/i18n/selvhjelp-messages_" + lang + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Message bundle missing: " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
