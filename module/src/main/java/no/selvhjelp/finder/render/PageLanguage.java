package no.selvhjelp.finder.render;

import java.util.List;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.Messages;

/**
 * The language a visitor asked for, and what follows from it.
 *
 * @param code the requested language, one of {@link Messages#PAGE_LANGUAGES}
 * @param ui the language of every text on the page, and of its {@code lang}: the code itself
 * @param search the language the search reads words and labels in: nb, nn or en (the API's {@code
 *     lang}); Bokmål for Northern Sami, whose readers type Norwegian words too; English for the
 *     other mother tongues
 * @param dir the writing direction of the language
 */
public record PageLanguage(String code, String ui, String search, String dir) {
  public static final PageLanguage DEFAULT = of("nb");

  public static PageLanguage of(String code) {
    if (!Messages.PAGE_LANGUAGES.contains(code)) {
      throw new InvalidInputException(
          "Invalid parameter", List.of(Problem.ofParameter("lang", "must be one of " + all())));
    }
    String search = Codes.UI_LANGUAGES.contains(code) ? code : "se".equals(code) ? "nb" : "en";
    return new PageLanguage(code, code, search, Messages.isRightToLeft(code) ? "rtl" : "ltr");
  }

  /**
   * A visitor's {@code lang} as one of the page languages, or null when it names none of them. A
   * shared link may carry {@code nb-NO}, {@code NO} or a three-letter code, and a visitor who asks
   * for a language the finder does not offer still wants the page: the caller falls back to the
   * editor's choice or Bokmål instead of answering with an error.
   */
  public static String normalise(String raw) {
    return Messages.pageLanguageOf(raw);
  }

  /** The visitor's choice if given, else the editor's, else Bokmål. */
  public static PageLanguage choose(String visitor, String preset) {
    if (visitor != null && !visitor.isBlank()) {
      return of(visitor.strip());
    }
    return preset == null || preset.isBlank() ? DEFAULT : of(preset.strip());
  }

  public static List<String> all() {
    return Messages.PAGE_LANGUAGES;
  }

  public boolean isDefault() {
    return code.equals(DEFAULT.code);
  }
}
