package no.selvhjelp.finder.render;

import java.util.List;
import java.util.Set;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.Messages;

/**
 * The language a visitor asked for, and what follows from it.
 *
 * @param code the requested language: nb, nn, en, or one of {@link Messages#ABOUT_ONLY_LANGUAGES}
 * @param ui the language of the labels and of the search: the code itself for nb, nn and en,
 *     English for the about-only languages (see {@link Messages})
 * @param dir the writing direction of the requested language: the layout follows the reader, even
 *     around English labels
 */
public record PageLanguage(String code, String ui, String dir) {
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

  public static final PageLanguage DEFAULT = of("nb");

  public static PageLanguage of(String code) {
    if (Codes.UI_LANGUAGES.contains(code)) {
      return new PageLanguage(code, code, "ltr");
    }
    if (Messages.ABOUT_ONLY_LANGUAGES.contains(code)) {
      return new PageLanguage(code, "en", RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr");
    }
    throw new InvalidInputException(
        "Invalid parameter", List.of(Problem.ofParameter("lang", "must be one of " + all())));
  }

  /** The visitor's choice if given, else the editor's, else Bokmål. */
  public static PageLanguage choose(String visitor, String preset) {
    if (visitor != null && !visitor.isBlank()) {
      return of(visitor.strip());
    }
    return preset == null || preset.isBlank() ? DEFAULT : of(preset.strip());
  }

  public static List<String> all() {
    return java.util.stream.Stream.concat(
            Codes.UI_LANGUAGES.stream(), Messages.ABOUT_ONLY_LANGUAGES.stream())
        .toList();
  }

  public boolean isDefault() {
    return code.equals(DEFAULT.code);
  }
}
