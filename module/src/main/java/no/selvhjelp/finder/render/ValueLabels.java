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

  ValueLabels(Map<String, String> texts, ReferenceData ref, PageLanguage language) {
    this.texts = texts;
    this.ref = ref;
    // British English writes dates as Norway does (1 February 2026), not as the US does.
    this.locale = "en".equals(language.ui()) ? Locale.UK : Locale.forLanguageTag(language.ui());
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

  String kommune(String nummer) {
    String name = ref.displayName(nummer);
    return name == null ? nummer : name;
  }

  Locale locale() {
    return locale;
  }
}
