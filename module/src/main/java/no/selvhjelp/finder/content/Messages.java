package no.selvhjelp.finder.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import no.selvhjelp.finder.api.Codes;

/**
 * UI texts per language, from the light module's Magnolia i18n bundles ({@code
 * /selvhjelp/i18n/selvhjelp-messages_<lang>.properties}), so both hosts show the same words.
 *
 * <p>Every page language has every text a visitor can see ({@link #VISITOR_KEY_PREFIXES}): labels,
 * hints, errors, empty states, the about box. Only the editors' texts (Magnolia dialogs and apps,
 * the sign-up mail to a contact person) are in Bokmål, Nynorsk and English alone; other languages
 * fall back to English for those (Northern Sami to Bokmål, which its readers all read).
 *
 * <p>Texts written without a native speaker carry a review status per key, in a companion file
 * {@code /selvhjelp/i18n-review/selvhjelp-review_<lang>.properties} ({@code key=draft} or {@code
 * key=reviewed}). It lives outside {@code i18n/} so that Magnolia, which reads every properties
 * file there as a message bundle, never mistakes the statuses for texts. Bokmål, Nynorsk and
 * English are the team's own languages and have no such file.
 */
public final class Messages {
  /** Every language a page can be shown in, in the language switch's order. */
  public static final List<String> PAGE_LANGUAGES =
      List.of("nb", "nn", "se", "en", "ar", "so", "ti", "fa", "uk", "pl");

  /** Page languages written by the team itself: no review file. */
  public static final List<String> TEAM_LANGUAGES = Codes.UI_LANGUAGES;

  /** Languages written right to left. */
  public static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

  /** Keys a visitor can see: every page language has each of them. */
  public static final List<String> VISITOR_KEY_PREFIXES =
      List.of(
          "selvhjelp.theme.",
          "selvhjelp.format.",
          "selvhjelp.status.",
          "selvhjelp.contactPointType.",
          "selvhjelp.language.",
          "selvhjelp.about.",
          "selvhjelp.ui.");

  public static final String DRAFT = "draft";
  public static final String REVIEWED = "reviewed";

  private final Map<String, Properties> bundles;
  private final Map<String, Properties> reviews;
  private final Map<String, Map<String, String>> labels;

  private Messages(Map<String, Properties> bundles, Map<String, Properties> reviews) {
    this.bundles = Map.copyOf(bundles);
    this.reviews = Map.copyOf(reviews);
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    for (String lang : bundles.keySet()) {
      Properties fallback = bundles.get(fallbackOf(lang));
      all.put(lang, merge(bundles.get("nb"), fallback, bundles.get(lang)));
    }
    this.labels = Map.copyOf(all);
  }

  public static Messages load() {
    Map<String, Properties> bundles = new LinkedHashMap<>();
    Map<String, Properties> reviews = new LinkedHashMap<>();
    for (String lang : PAGE_LANGUAGES) {
      bundles.put(lang, properties("/selvhjelp/i18n/selvhjelp-messages_" + lang + ".properties"));
      if (!TEAM_LANGUAGES.contains(lang)) {
        reviews.put(
            lang, properties("/selvhjelp/i18n-review/selvhjelp-review_" + lang + ".properties"));
      }
    }
    return new Messages(bundles, reviews);
  }

  /** Where a language's missing (editor-only) texts come from. */
  private static String fallbackOf(String lang) {
    return TEAM_LANGUAGES.contains(lang) || "se".equals(lang) ? "nb" : "en";
  }

  /** The text for a key in a UI language, falling back as {@link #labels} does. */
  public String get(String lang, String key) {
    Map<String, String> texts = labels.getOrDefault(lang, labels.get("nb"));
    return texts.getOrDefault(key, key);
  }

  public String themeLabel(String lang, String theme) {
    return get(lang, "selvhjelp.theme." + theme);
  }

  /** The languages the API's {@code lang} takes (nb, nn, en). */
  public List<String> languages() {
    return Codes.UI_LANGUAGES;
  }

  /** Whether a page can be shown in this language. */
  public boolean hasPageLanguage(String lang) {
    return labels.containsKey(lang);
  }

  /** The language's own bundle, exactly as written (no fallback): for the completeness check. */
  public Set<String> ownKeys(String lang) {
    Properties p = bundles.get(lang);
    if (p == null) {
      throw new IllegalArgumentException("No bundle for language " + lang);
    }
    return p.stringPropertyNames();
  }

  /**
   * A key's review status in a language: {@link #REVIEWED} for the team's languages, else what the
   * review file says, and {@link #DRAFT} where it says nothing (the safe assumption).
   */
  public String reviewStatus(String lang, String key) {
    Properties review = reviews.get(lang);
    if (review == null) {
      return REVIEWED;
    }
    return review.getProperty(key, DRAFT);
  }

  /** The review file's keys and statuses, as written (empty for the team's languages). */
  public Map<String, String> reviewStatuses(String lang) {
    Properties review = reviews.get(lang);
    Map<String, String> result = new TreeMap<>();
    if (review != null) {
      review.stringPropertyNames().forEach(k -> result.put(k, review.getProperty(k)));
    }
    return result;
  }

  /** Whether any text a visitor sees in this language still awaits a native speaker's review. */
  public boolean awaitsReview(String lang) {
    if (!reviews.containsKey(lang)) {
      return false;
    }
    return ownKeys(lang).stream()
        .filter(Messages::isVisitorKey)
        .anyMatch(k -> DRAFT.equals(reviewStatus(lang, k)));
  }

  /** Whether the about box's own text in this language awaits review. */
  public boolean aboutAwaitsReview(String lang) {
    return reviews.containsKey(lang)
        && ownKeys(lang).stream()
            .filter(k -> k.startsWith("selvhjelp.about."))
            .anyMatch(k -> DRAFT.equals(reviewStatus(lang, k)));
  }

  public static boolean isVisitorKey(String key) {
    return VISITOR_KEY_PREFIXES.stream().anyMatch(key::startsWith);
  }

  /**
   * A requested language as one of {@link #PAGE_LANGUAGES}, or null when it names none: a shared
   * link may carry {@code nb-NO}, {@code NO} or a three-letter code.
   */
  public static String pageLanguageOf(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String primary = raw.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    String code = LANGUAGE_ALIASES.getOrDefault(primary, primary);
    return PAGE_LANGUAGES.contains(code) ? code : null;
  }

  /** Norwegian's macro code and the ISO 639-2 codes of the page languages. */
  private static final Map<String, String> LANGUAGE_ALIASES =
      Map.ofEntries(
          Map.entry("no", "nb"),
          Map.entry("nob", "nb"),
          Map.entry("nno", "nn"),
          Map.entry("sme", "se"),
          Map.entry("eng", "en"),
          Map.entry("ara", "ar"),
          Map.entry("som", "so"),
          Map.entry("tir", "ti"),
          Map.entry("fas", "fa"),
          Map.entry("per", "fa"),
          Map.entry("ukr", "uk"),
          Map.entry("pol", "pl"));

  public static boolean isRightToLeft(String lang) {
    return RIGHT_TO_LEFT.contains(lang);
  }

  /**
   * Every text a page in this language shows, key to text: the language's bundle over its fallback
   * (English, or Bokmål for nb, nn and se) over Bokmål.
   */
  public Map<String, String> labels(String lang) {
    Map<String, String> result = labels.get(lang);
    if (result == null) {
      throw new IllegalArgumentException("No texts for language " + lang);
    }
    return result;
  }

  private static Map<String, String> merge(Properties base, Properties fallback, Properties own) {
    Map<String, String> merged = new TreeMap<>();
    for (Properties p : List.of(base, fallback, own)) {
      p.stringPropertyNames().forEach(k -> merged.put(k, p.getProperty(k)));
    }
    return Map.copyOf(merged);
  }

  private static Properties properties(String resource) {
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
