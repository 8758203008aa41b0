package no.selvhjelp.finder.render;

import java.util.Locale;
import java.util.Map;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * The words for codes (themes, formats, statuses, languages, contact point types, kommuner) in a
 * page's UI language, from the same bundles the templates' {@code i18n} reads.
 */
final class ValueLabels {
  private final Map<String, String> texts;
  private final ReferenceData ref;
  private final Locale locale;
  private final boolean sami;

  ValueLabels(Map<String, String> texts, ReferenceData ref, PageLanguage language) {
    this.texts = texts;
    this.ref = ref;
    // British English writes dates as Norway does (1 February 2026), not as the US does.
    // Digits stay 0-9 in every language (Arabic pages too), as the counts, postnummer and the
    // times visitors type and read elsewhere in Norway are written.
    this.locale =
        "en".equals(language.ui())
            ? Locale.UK
            : Locale.forLanguageTag(language.ui() + "-u-nu-latn");
    this.sami = "se".equals(language.ui());
  }

  String text(String key) {
    return texts.getOrDefault(key, key);
  }

  String theme(String code) {
    return text("selvhjelp.theme." + code);
  }

  String format(String code) {
    return code == null ? null : text("selvhjelp.format." + code);
  }

  String status(String code) {
    return code == null ? null : text("selvhjelp.status." + code);
  }

  String contactPointType(String code) {
    return code == null ? null : text("selvhjelp.contactPointType." + code);
  }

  /** Our name for the language if we have one, else Java's (CLDR) name in the page language. */
  String language(String code) {
    String ours = texts.get("selvhjelp.language." + code);
    if (ours != null) {
      return ours;
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
    if (name.isEmpty() || name.equals(code)) {
      return code;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** Whether {@link #kommune} names a kommune with a Sami name by it first. */
  boolean namesKommunerInSami() {
    return sami;
  }

  /** A kommune's name; on a Sami page with its Sami name first, as its official name is. */
  String kommune(String nummer) {
    String name = ref.displayName(nummer);
    if (name == null) {
      return nummer;
    }
    if (sami) {
      String samiName = ref.kommune(nummer).map(k -> k.nameSami()).orElse(null);
      if (samiName != null && !samiName.isBlank() && !samiName.equals(name)) {
        return samiName + "-" + name;
      }
    }
    return name;
  }

  /** A text with {@code {name}} placeholders filled in. */
  String text(String key, Map<String, String> values) {
    String result = text(key);
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = result.replace("{" + e.getKey() + "}", e.getValue());
    }
    return result;
  }

  Locale locale() {
    return locale;
  }
}
