package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * The kommune and page language of a component that is about one kommune: the editor's kommune if
 * set (a visitor cannot change it), else the visitor's {@code kommune} parameter, which must then
 * be a real kommunenummer.
 */
record KommuneChoice(String kommune, PageLanguage language, List<Problem> problems) {

  static KommuneChoice of(Presets presets, VisitorParams visitor, ReferenceData ref) {
    List<Problem> problems = new ArrayList<>();
    PageLanguage language = PageLanguage.DEFAULT;
    try {
      language = PageLanguage.choose(visitor.first("lang"), presets.uiLanguage());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    String kommune = presets.kommune() != null ? presets.kommune() : visitor.first("kommune");
    if (kommune == null) {
      problems.add(Problem.ofParameter("kommune", "is required: a kommunenummer such as 4602"));
    } else if (ref.kommune(kommune).isEmpty()) {
      problems.add(
          Problem.ofParameter(
              "kommune", "'" + clip(kommune) + "' is not a kommunenummer (e.g. 4602)"));
      kommune = null;
    }
    return new KommuneChoice(kommune, language, List.copyOf(problems));
  }

  boolean valid() {
    return problems.isEmpty();
  }

  /** The problems in the visitor's words (see {@link VisitorErrors}). */
  List<Views.ErrorItem> errors(ValueLabels labels) {
    return VisitorErrors.of(problems, labels, VisitorParams.NONE);
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
