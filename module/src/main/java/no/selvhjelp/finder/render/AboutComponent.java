package no.selvhjelp.finder.render;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.content.Messages;

/**
 * "What is a self-help group", in the visitor's language. Where its text still awaits a native
 * speaker's review (see {@link Messages#reviewStatus}), the box says so.
 */
public final class AboutComponent {
  public static final String NAME = "aboutSelfHelp";

  private final Messages messages;

  public AboutComponent(Messages messages) {
    this.messages = messages;
  }

  /**
   * @param noteLang the language of the review note: the page's
   */
  public record View(
      String heading, boolean awaitingReview, String noteLang, List<Views.ErrorItem> errors) {}

  public ComponentView render(Presets presets, Map<String, List<String>> params) {
    VisitorParams visitor = VisitorParams.of(params);
    try {
      PageLanguage language = PageLanguage.choose(visitor.first("lang"), presets.uiLanguage());
      Map<String, String> texts = messages.labels(language.code());
      boolean draft = messages.aboutAwaitsReview(language.code());
      View view = new View(presets.heading(), draft, language.ui(), List.of());
      String title =
          presets.heading() != null ? presets.heading() : texts.get("selvhjelp.about.title");
      // The text is in the requested language itself, not in the UI language around it.
      return new ComponentView(NAME, 200, title, language.code(), language.dir(), view);
    } catch (InvalidInputException e) {
      PageLanguage fallback = PageLanguage.DEFAULT;
      ValueLabels labels = new ValueLabels(messages.labels(fallback.ui()), null, fallback);
      List<Views.ErrorItem> errors = VisitorErrors.of(e.problems(), labels, visitor);
      View view = new View(presets.heading(), false, fallback.ui(), errors);
      String title = messages.labels(fallback.code()).get("selvhjelp.about.title");
      return new ComponentView(NAME, 400, title, fallback.ui(), fallback.dir(), view);
    }
  }
}
