package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.CoverageService;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.rest.CoverageParameters;

/**
 * Where Norway has self-help groups and where it has none, for district offices and editors who
 * plan where groups should start: a map, the same figures as a sortable table (also the map's
 * accessible alternative), totals per fylke, filters and a CSV download. An editor's preset fylker
 * (a district office's) fix the area; the visitor chooses theme, language and format.
 */
public final class CoverageComponent {
  public static final String NAME = "coverage";

  /**
   * The languages the coverage page is shown in: the team's own. Coverage is a planning tool for
   * district offices and editors, whose texts (like the Magnolia dialogs') are written in Bokmål,
   * Nynorsk and English only; any other page language shows the whole page in Bokmål rather than
   * mixing its form labels with Bokmål or English sentences under a {@code lang} that is not true.
   */
  public static final List<String> LANGUAGES_SHOWN = Codes.UI_LANGUAGES;

  /** Languages offered in the filter: the finder's own and the common mother tongues. */
  private static final List<String> LANGUAGES =
      List.of("nb", "nn", "se", "en", "ar", "so", "ti", "fa", "uk", "pl");

  private final CoverageService coverage;
  private final ReferenceData ref;
  private final Messages messages;
  private final CoverageParameters parameters;
  private final String csvPath;

  /**
   * @param csvPath where this host serves {@code /api/v1/coverage.csv}
   */
  public CoverageComponent(
      CoverageService coverage, ReferenceData ref, Messages messages, String csvPath) {
    this.coverage = coverage;
    this.ref = ref;
    this.messages = messages;
    this.parameters = new CoverageParameters(ref);
    this.csvPath = csvPath;
  }

  public record Form(
      List<Views.Option> themes,
      List<Views.Option> languages,
      List<Views.Option> formats,
      List<Views.Option> fylker,
      String fixedArea,
      String lang,
      String sort,
      String dir) {}

  public record View(
      String heading,
      Form form,
      String summary,
      CoverageMap.Drawing map,
      List<CoverageTable.Column> columns,
      List<CoverageTable.Row> rows,
      List<CoverageTable.AreaRow> fylker,
      CoverageTable.AreaRow country,
      String csvHref,
      String population,
      List<Views.ErrorItem> errors) {}

  /**
   * @param presetFylker the editor's fylker (a district office's area); empty: the visitor chooses
   */
  public ComponentView render(
      Presets presets, List<String> presetFylker, Map<String, List<String>> query) {
    VisitorParams visitor = VisitorParams.of(query);
    PageLanguage language =
        shownIn(
            PageLanguage.choose(
                visitor.first("lang"), PageLanguage.normalise(presets.uiLanguage())));
    // Links and the form carry the language shown, not one the page does not offer.
    visitor =
        language.isDefault()
            ? visitor.without("lang")
            : visitor.with("lang", language.code());
    ValueLabels labels = new ValueLabels(messages.labels(language.ui()), ref, language);
    String heading =
        presets.heading() != null ? presets.heading() : labels.text("selvhjelp.coverage.title");

    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("theme", chosen(visitor, "theme", presets.themes()));
    filters.put("language", chosen(visitor, "language", presets.languages()));
    filters.put(
        "format",
        chosen(
            visitor, "format", presets.format() == null ? List.of() : List.of(presets.format())));
    filters.put("fylke", presetFylker.isEmpty() ? visitor.split("fylke") : presetFylker);
    String sort =
        visitor.first("sort") == null ? CoverageTable.SORTS.get(0) : visitor.first("sort");
    String dir = visitor.first("dir");

    List<Views.ErrorItem> errors = new ArrayList<>();
    CoverageQuery q = null;
    try {
      var asQuery = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
      filters.forEach(asQuery::put);
      q = parameters.parse(asQuery);
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        errors.add(error(p.field(), labels));
      }
    }
    if (!CoverageTable.SORTS.contains(sort)) {
      errors.add(error("sort", labels));
    }
    if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
      errors.add(error("sort", labels));
    }
    Form form = form(filters, presetFylker, labels, visitor.first("lang"), sort, dir);
    if (!errors.isEmpty()) {
      View view =
          new View(
              heading, form, null, null, List.of(), List.of(), List.of(), null, null, null, errors);
      return new ComponentView(NAME, 400, heading, language.code(), language.dir(), view);
    }
    boolean ascending = dir == null ? CoverageTable.ascendingByDefault(sort) : dir.equals("asc");
    Coverage c = coverage.coverage(q);
    VisitorParams links = visitor.without("fragment").withoutBlank(java.util.Set.of());
    View view =
        new View(
            heading,
            form,
            summary(c, labels),
            CoverageMap.draw(c.kommuner(), ref, labels),
            CoverageTable.columns(sort, ascending, links, labels),
            CoverageTable.sorted(c.kommuner(), sort, ascending).stream()
                .map(k -> CoverageTable.row(k, labels))
                .toList(),
            CoverageTable.areas(c.fylker(), labels),
            CoverageTable.area(c.country(), labels),
            csvHref(q),
            CoverageTexts.fill(
                labels.text("selvhjelp.coverage.populationSource"), c.populationDate()),
            List.of());
    return new ComponentView(NAME, 200, heading, language.code(), language.dir(), view);
  }

  /** The language a page asked for, or Bokmål where coverage is not offered in it. */
  public static PageLanguage shownIn(PageLanguage requested) {
    return LANGUAGES_SHOWN.contains(requested.code()) ? requested : PageLanguage.DEFAULT;
  }

  private static List<String> chosen(VisitorParams visitor, String name, List<String> preset) {
    return visitor.has(name) ? visitor.split(name) : preset;
  }

  private static Views.ErrorItem error(String field, ValueLabels labels) {
    // No parameter name on a page: the message says which choice to make again.
    return new Views.ErrorItem(null, labels.text("selvhjelp.coverage.error." + field));
  }

  private static String summary(Coverage c, ValueLabels labels) {
    int without =
        c.fylker().stream().mapToInt(Coverage.AreaCoverage::kommunerWithoutLocalGroup).sum();
    return CoverageTexts.fill(
        labels.text("selvhjelp.coverage.summary"),
        CoverageTexts.number(without, 0, labels),
        CoverageTexts.number(c.kommuner().size(), 0, labels));
  }

  private Form form(
      Map<String, List<String>> filters,
      List<String> presetFylker,
      ValueLabels labels,
      String lang,
      String sort,
      String dir) {
    String theme = first(filters.get("theme"));
    String language = first(filters.get("language"));
    String format = first(filters.get("format"));
    String fylke = first(filters.get("fylke"));
    String fixedArea =
        presetFylker.isEmpty()
            ? null
            : String.join(
                ", ",
                presetFylker.stream().map(f -> ref.fylke(f).map(Fylke::name).orElse(f)).toList());
    return new Form(
        Codes.THEMES.stream()
            .map(t -> new Views.Option(t, labels.theme(t), t.equals(theme)))
            .toList(),
        LANGUAGES.stream()
            .map(l -> new Views.Option(l, labels.language(l), l.equals(language)))
            .toList(),
        Codes.FORMATS.stream()
            .map(f -> new Views.Option(f, labels.format(f), f.equals(format)))
            .toList(),
        ref.fylker().stream()
            .map(f -> new Views.Option(f.nummer(), f.name(), f.nummer().equals(fylke)))
            .toList(),
        fixedArea,
        lang,
        sort,
        dir);
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0).toLowerCase(Locale.ROOT);
  }

  private String csvHref(CoverageQuery q) {
    VisitorParams p = VisitorParams.NONE;
    if (!q.themes().isEmpty()) {
      p = p.with("theme", String.join(",", q.themes()));
    }
    if (!q.languages().isEmpty()) {
      p = p.with("language", String.join(",", q.languages()));
    }
    if (!q.formats().isEmpty()) {
      p = p.with("format", String.join(",", q.formats()));
    }
    if (!q.fylker().isEmpty()) {
      p = p.with("fylke", String.join(",", q.fylker()));
    }
    return p.href(csvPath);
  }
}
