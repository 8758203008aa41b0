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

  /**
   * The filter form. A select shows one value; the others a link or the API chose ({@code
   * theme=sorg,angst}) are the {@code also…} lists, offered as ticked checkboxes so that pressing
   * "Vis" keeps them and unticking one drops it.
   */
  public record Form(
      List<Views.Option> themes,
      List<Views.Option> languages,
      List<Views.Option> formats,
      List<Views.Option> fylker,
      List<Views.Option> alsoThemes,
      List<Views.Option> alsoLanguages,
      List<Views.Option> alsoFormats,
      List<Views.Option> alsoFylker,
      String fixedArea,
      String lang,
      String sort,
      String dir) {}

  public record View(
      String heading,
      Form form,
      String chosen,
      String summary,
      String mapCaption,
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
        language.isDefault() ? visitor.without("lang") : visitor.with("lang", language.code());
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
    // Counting digital groups only, the distance to a group that meets in person says nothing:
    // the table then starts with the kommuner fewest digital groups are open to.
    boolean digital = filters.get("format").equals(List.of("digital"));
    String sort =
        visitor.first("sort") != null
            ? visitor.first("sort")
            : digital ? "digitalGroups" : CoverageTable.SORTS.get(0);
    String dir = visitor.first("dir") != null || !digital ? visitor.first("dir") : "asc";

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
    Form form =
        form(
            filters,
            presetFylker,
            labels,
            visitor.first("lang"),
            visitor.first("sort"),
            visitor.first("dir"));
    if (!errors.isEmpty()) {
      View view =
          new View(
              heading, form, null, null, null, null, List.of(), List.of(), List.of(), null, null,
              null, errors);
      return new ComponentView(NAME, 400, heading, language.code(), language.dir(), view);
    }
    boolean ascending = dir == null ? CoverageTable.ascendingByDefault(sort) : dir.equals("asc");
    Coverage c = coverage.coverage(q);
    VisitorParams links = visitor.without("fragment").withoutBlank(java.util.Set.of());
    String tableId = ComponentView.cssClassOf(NAME) + "-table";
    View view =
        new View(
            heading,
            form,
            chosen(filters, labels),
            digital ? digitalSummary(c, labels) : summary(c, labels),
            labels.text(
                digital ? "selvhjelp.coverage.mapCaptionDigital" : "selvhjelp.coverage.mapCaption"),
            CoverageMap.draw(c.kommuner(), ref, labels, digital),
            CoverageTable.columns(sort, ascending, links, labels, tableId),
            CoverageTable.sorted(c.kommuner(), sort, ascending).stream()
                .map(k -> CoverageTable.row(k, sort, labels, digital))
                .toList(),
            CoverageTable.areas(c.fylker(), labels),
            CoverageTable.area(c.country(), labels),
            csvHref(q, language),
            CoverageTexts.fill(
                labels.text("selvhjelp.coverage.populationSource"),
                CoverageTexts.date(c.populationDate(), labels)),
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

  /** With digital groups alone, how many kommuner have none and the range of what the rest have. */
  private static String digitalSummary(Coverage c, ValueLabels labels) {
    long without = c.kommuner().stream().filter(k -> k.digitalGroups() == 0).count();
    var stats =
        c.kommuner().stream().mapToInt(Coverage.KommuneCoverage::digitalGroups).summaryStatistics();
    String min = CoverageTexts.number(stats.getCount() == 0 ? 0 : stats.getMin(), 0, labels);
    String max = CoverageTexts.number(stats.getCount() == 0 ? 0 : stats.getMax(), 0, labels);
    return CoverageTexts.fill(
        labels.text("selvhjelp.coverage.summaryDigital"),
        CoverageTexts.number(without, 0, labels),
        CoverageTexts.number(c.kommuner().size(), 0, labels),
        min.equals(max) ? min : min + "–" + max);
  }

  /**
   * Every chosen filter value in words ("Tema: Sorg, Angst; Område: Vestland, Oslo"), or null when
   * nothing is chosen: the form's selects show one value each, this line shows them all.
   */
  private String chosen(Map<String, List<String>> filters, ValueLabels labels) {
    List<String> parts = new ArrayList<>();
    addChosen(parts, labels.text("selvhjelp.ui.form.theme"), filters.get("theme"), labels::theme);
    addChosen(
        parts,
        labels.text("selvhjelp.ui.form.language"),
        filters.get("language"),
        labels::language);
    addChosen(
        parts, labels.text("selvhjelp.ui.form.format"), filters.get("format"), labels::format);
    addChosen(parts, labels.text("selvhjelp.coverage.area"), filters.get("fylke"), this::fylkeName);
    return parts.isEmpty()
        ? null
        : CoverageTexts.fill(labels.text("selvhjelp.coverage.chosen"), String.join("; ", parts));
  }

  private static void addChosen(
      List<String> parts,
      String label,
      List<String> values,
      java.util.function.Function<String, String> name) {
    List<String> names = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).map(name).toList();
    if (!names.isEmpty()) {
      parts.add(label + ": " + String.join(", ", names));
    }
  }

  private String fylkeName(String nummer) {
    return ref.fylke(nummer).map(Fylke::name).orElse(nummer);
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
        also(filters.get("theme"), labels::theme),
        also(filters.get("language"), labels::language),
        also(filters.get("format"), labels::format),
        presetFylker.isEmpty() ? also(filters.get("fylke"), this::fylkeName) : List.of(),
        fixedArea,
        lang,
        sort,
        dir);
  }

  /** The chosen values after the first (the one the select shows), ticked. */
  private static List<Views.Option> also(
      List<String> values, java.util.function.Function<String, String> label) {
    return values.stream()
        .skip(1)
        .map(v -> v.toLowerCase(Locale.ROOT))
        .map(v -> new Views.Option(v, label.apply(v), true))
        .toList();
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0).toLowerCase(Locale.ROOT);
  }

  /**
   * The page's download: the API's CSV in the page's language, which makes it the spreadsheet
   * variant (see {@code rest/CoverageCsv}); the API without {@code lang} stays the machines' CSV.
   */
  private String csvHref(CoverageQuery q, PageLanguage language) {
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
    return p.with("lang", language.code()).href(csvPath);
  }
}
