package no.selvhjelp.finder.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The language codes a group may name: ISO 639-1, as the JDK keeps it ({@link
 * Locale#getISOLanguages()}, updated with each JDK's locale data), so the list is neither typed by
 * hand nor a dependency of its own. Withdrawn codes the JDK still lists for old data (iw, in, ji)
 * are left out: {@code Locale} maps them to he, id and yi, the codes to use.
 *
 * <p>{@code no} (Norwegian, the macrolanguage) is refused: the finder's language filter, facets and
 * labels know Norwegian as its two written standards, and a visitor filtering on Bokmål or Nynorsk
 * would never find a group tagged {@code no}. Editors write {@code nb}, {@code nn} or both.
 */
public final class LanguageCodes {
  @SuppressWarnings("deprecation") // new Locale(code) keeps the bare code, which is what we test
  private static final Set<String> ISO_639_1 =
      Arrays.stream(Locale.getISOLanguages())
          .filter(code -> new Locale(code).getLanguage().equals(code))
          .collect(Collectors.toUnmodifiableSet());

  private LanguageCodes() {}

  /**
   * True for a code a group may name, so a filter on it can find something: a search or coverage
   * filter on {@code xx} or {@code no} is a mistake to report, not an empty answer to give.
   */
  public static boolean isUsable(String code) {
    return problemWith(code) == null;
  }

  /** Why the code cannot be used, or null if it can. */
  static String problemWith(String code) {
    if (code.equals("no")) {
      return "'no' does not say which written Norwegian; use nb (bokmål), nn (nynorsk) or both";
    }
    if (!ISO_639_1.contains(code)) {
      return "'"
          + StructureCheck.clip(code)
          + "' is not an ISO 639-1 language code (two lowercase letters, e.g. nb, nn, en, ar, so,"
          + " ti, fa, uk, pl, se)";
    }
    return null;
  }
}
