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
    return sitePage(finder, about, attribution, path, query, FinderForms.pageLanguages(lang));
  }

  /**
   * The coverage page in the same frame as the visitor page (header, language switch, footer), but
   * without the about box, and switching only between the languages coverage is shown in.
   */
  public String coveragePage(
      ComponentView coverage, String attribution, Map<String, List<String>> query) {
    List<Views.Option> languages =
        FinderForms.pageLanguages(coverage.lang()).stream()
            .filter(o -> CoverageComponent.LANGUAGES_SHOWN.contains(o.value()))
            .toList();
    return sitePage(coverage, null, attribution, Links.STANDALONE_COVERAGE, query, languages);
  }

  private String sitePage(
      ComponentView main,
      ComponentView about,
      String attribution,
      String path,
      Map<String, List<String>> query,
      List<Views.Option> languageOptions) {
    VisitorParams here = VisitorParams.of(query).without("lang", "fragment");
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", main.lang());
    page.put("dir", main.dir());
    page.put("title", main.title());
    if (!GroupFinderComponent.NAME.equals(main.component()) && main.title() != null) {
      page.put("subtitle", main.title()); // a group's page is titled by the group
    }
    page.put("finder", markup(fragment(main, Presets.NONE)));
    if (about != null) {
      page.put("about", markup(fragment(about, Presets.NONE)));
    }
    page.put("attribution", attribution);
    List<Map<String, Object>> languages = new ArrayList<>();
    for (Views.Option o : languageOptions) {
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
    page.put("siteLinks", siteLinks(main));
    return templates.render("pages/visitor.ftl", Map.of("page", page, "i18n", i18n(main.lang())));
  }

  /**
   * The footer's links between the site's two pages: the finder for visitors, coverage for the
   * planners at district offices (who would otherwise have to know its address). Each keeps the
   * page's language where the other page is offered in it.
   */
  private List<Map<String, Object>> siteLinks(ComponentView main) {
    Map<String, String> texts = i18n(main.lang());
    boolean onCoverage = CoverageComponent.NAME.equals(main.component());
    PageLanguage coverageLang = CoverageComponent.shownIn(PageLanguage.of(main.lang()));
    String finderHref =
        PageLanguage.DEFAULT.code().equals(main.lang()) ? "/" : "/?lang=" + main.lang();
    String coverageHref =
        coverageLang.isDefault()
            ? Links.STANDALONE_COVERAGE
            : Links.STANDALONE_COVERAGE + "?lang=" + coverageLang.code();
    return List.of(
        Map.of(
            "label",
            texts.get("selvhjelp.ui.site.title"),
            "href",
            finderHref,
            "hreflang",
            main.lang(),
            "current",
            !onCoverage && GroupFinderComponent.NAME.equals(main.component())),
        Map.of(
            "label",
            texts.get("selvhjelp.ui.site.coverage"),
            "href",
            coverageHref,
            "hreflang",
            coverageLang.code(),
            "current",
            onCoverage));
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
