package no.selvhjelp.finder.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.Messages;

/**
 * Renders component views with the light module's templates, for the standalone host. A template
 * reads three variables, the ones Magnolia gives a component too: {@code model} (the view, as plain
 * hashes and lists, which any Freemarker object wrapper exposes alike), {@code content} (the
 * editor's presets) and {@code i18n} (the texts of the component's language, by key).
 */
public final class ComponentRenderer {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final Templates templates;
  private final Messages messages;
  private final ObjectMapper views = Json.newMapper();

  public ComponentRenderer(Templates templates, Messages messages) {
    this.templates = templates;
    this.messages = messages;
  }

  /** The component's {@code model}: its view, plus what the root element needs. */
  public Map<String, Object> model(ComponentView view) {
    Map<String, Object> model = new LinkedHashMap<>(views.convertValue(view.view(), MAP));
    model.put("component", view.component());
    model.put("cssClass", view.cssClass());
    model.put("headingId", view.headingId());
    model.put("lang", view.lang());
    model.put("dir", view.dir());
    model.put("httpStatus", view.status());
    // The about box says it for its own text; every other component for its labels.
    model.put(
        "awaitsReview",
        !AboutComponent.NAME.equals(view.component()) && messages.awaitsReview(view.lang()));
    return model;
  }

  /** Only the component's {@code <section>}: what the widget inserts into a kommune's page. */
  public String fragment(ComponentView view, Presets presets) {
    return templates.render(view.template(), dataModel(view, presets));
  }

  /** A whole page around the component ({@code pages/embed.ftl}), for an iframe or a link. */
  public String page(ComponentView view, Presets presets) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", view.lang());
    page.put("dir", view.dir());
    page.put("title", view.title());
    page.put("body", markup(fragment(view, presets)));
    return templates.render("pages/embed.ftl", Map.of("page", page, "i18n", i18n(view.lang())));
  }

  /**
   * The standalone server's own front page: the finder, the about box beside it, a language switch,
   * and the reference data's attribution.
   */
  public String visitorPage(
      ComponentView finder, ComponentView about, String lang, String attribution) {
    return visitorPage(finder, about, lang, attribution, "/", Map.of());
  }

  /**
   * The same page around any component (the finder, or one group), at the given path: its language
   * switch leads to the same path with the same parameters in another language.
   */
  public String visitorPage(
      ComponentView finder,
      ComponentView about,
      String lang,
      String attribution,
      String path,
      Map<String, List<String>> query) {
    VisitorParams here = VisitorParams.of(query).without("lang", "fragment");
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", finder.lang());
    page.put("dir", finder.dir());
    page.put("title", finder.title());
    if (!GroupFinderComponent.NAME.equals(finder.component()) && finder.title() != null) {
      page.put("subtitle", finder.title()); // a group's page is titled by the group
    }
    page.put("finder", markup(fragment(finder, Presets.NONE)));
    page.put("about", markup(fragment(about, Presets.NONE)));
    page.put("attribution", attribution);
    List<Map<String, Object>> languages = new ArrayList<>();
    for (Views.Option o : FinderForms.pageLanguages(lang)) {
      languages.add(
          Map.of(
              "code", o.value(),
              "label", o.label(),
              "href",
                  (PageLanguage.DEFAULT.code().equals(o.value())
                          ? here
                          : here.with("lang", o.value()))
                      .withoutBlank(Set.of())
                      .href(path),
              "current", o.selected()));
    }
    page.put("languages", languages);
    return templates.render("pages/visitor.ftl", Map.of("page", page, "i18n", i18n(finder.lang())));
  }

  private Map<String, Object> dataModel(ComponentView view, Presets presets) {
    return Map.of("model", model(view), "content", presets.asMap(), "i18n", i18n(view.lang()));
  }

  private Map<String, String> i18n(String lang) {
    return messages.labels(lang);
  }

  /**
   * Our own rendered, escaped HTML, marked as markup so the page template inserts it as is: a
   * template cannot do this to a plain string without {@code ?no_esc}.
   */
  private static TemplateHTMLOutputModel markup(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }
}
