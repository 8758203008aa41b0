package no.selvhjelp.finder.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.content.ReferenceData;

/** The finder's search form, filled in with what the visitor (or the editor) chose. */
final class FinderForms {
  /** Languages always offered, whether or not a group on this page speaks them. */
  private static final List<String> COMMON_LANGUAGES =
      List.of("nb", "nn", "se", "en", "ar", "so", "ti", "fa", "uk", "pl");

  private static final Map<String, String> ENDONYMS = endonyms();

  private final ReferenceData ref;
  private final Links links;
  private final List<Kommune> kommunerByName;
  private final Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb"));

  FinderForms(ReferenceData ref, Links links) {
    this.ref = ref;
    this.links = links;
    Comparator<Kommune> byName =
        Comparator.comparing((Kommune k) -> ref.displayName(k.nummer()), norwegian);
    this.kommunerByName = ref.kommuner().stream().sorted(byName).toList();
  }

  /**
   * @param kommuneFixed the editor chose the kommune: the form shows it and sends it, but offers no
   *     other
   */
  public record Form(
      String action,
      String q,
      String postnummer,
      String lang,
      boolean kommuneFixed,
      String kommuneName,
      List<Views.Option> kommuner,
      List<Views.Option> themes,
      List<Views.Option> languages,
      List<Views.Option> formats,
      String resetHref,
      boolean afterCourse,
      List<Views.Option> sorts) {}

  Form form(Presets presets, VisitorParams visitor, SearchResult result, ValueLabels labels) {
    String kommune = presets.kommune() != null ? presets.kommune() : visitor.first("kommune");
    String theme = chosen(visitor, "theme", presets.themes());
    String language = chosen(visitor, "language", presets.languages());
    String format =
        chosen(visitor, "format", presets.format() == null ? List.of() : List.of(presets.format()));
    String lang = visitor.first("lang");
    return new Form(
        links.finder(),
        visitor.first("q"),
        visitor.first("postnummer"),
        lang,
        presets.kommune() != null,
        kommune == null ? null : labels.kommune(kommune),
        presets.kommune() != null ? List.of() : kommuner(kommune, labels),
        Codes.THEMES.stream()
            .map(t -> new Views.Option(t, labels.theme(t), t.equals(theme)))
            .toList(),
        languages(result, language, labels),
        Codes.FORMATS.stream()
            .map(f -> new Views.Option(f, labels.format(f), f.equals(format)))
            .toList(),
        lang == null ? links.finder() : VisitorParams.NONE.with("lang", lang).href(links.finder()),
        presets.afterCourse() || "true".equalsIgnoreCase(visitor.first("afterCourse")),
        sorts(visitor, labels));
  }

  /**
   * Best match, nearest first (only once a postnummer is given: without one there is no distance to
   * sort by), title. What is selected is what the list shows: a postnummer without words is listed
   * nearest first.
   */
  private static List<Views.Option> sorts(VisitorParams visitor, ValueLabels labels) {
    boolean point = visitor.first("postnummer") != null;
    String chosen = visitor.first("sort");
    if (chosen == null || (!point && "distance".equals(chosen))) {
      chosen = point && visitor.first("q") == null ? "distance" : "relevance";
    }
    List<Views.Option> options = new ArrayList<>(3);
    for (String sort :
        point ? List.of("relevance", "distance", "title") : List.of("relevance", "title")) {
      options.add(
          new Views.Option(sort, labels.text("selvhjelp.ui.sort." + sort), sort.equals(chosen)));
    }
    return options;
  }

  private static Map<String, String> endonyms() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("nb", "Norsk bokmål");
    names.put("nn", "Norsk nynorsk");
    names.put("se", "Davvisámegiella");
    names.put("en", "English");
    names.put("ar", "العربية");
    names.put("so", "Soomaali");
    names.put("ti", "ትግርኛ");
    names.put("fa", "فارسی");
    names.put("uk", "Українська");
    names.put("pl", "Polski");
    return java.util.Collections.unmodifiableMap(names);
  }

  /** The visitor's first choice; the editor's if the visitor has not touched the field. */
  private static String chosen(VisitorParams visitor, String name, List<String> preset) {
    if (visitor.has(name)) {
      List<String> values = visitor.split(name);
      return values.isEmpty() ? null : values.get(0).toLowerCase(Locale.ROOT);
    }
    return preset.isEmpty() ? null : preset.get(0);
  }

  /** Every kommune, by name; on a Sami page by the name it shows, its Sami name first. */
  private List<Views.Option> kommuner(String selected, ValueLabels labels) {
    List<Views.Option> options = new ArrayList<>(kommunerByName.size());
    for (Kommune k : kommunerByName) {
      options.add(
          new Views.Option(k.nummer(), labels.kommune(k.nummer()), k.nummer().equals(selected)));
    }
    if (labels.namesKommunerInSami()) {
      options.sort(Comparator.comparing(Views.Option::label, norwegian));
    }
    return options;
  }

  private static List<Views.Option> languages(
      SearchResult result, String selected, ValueLabels labels) {
    Set<String> codes = new LinkedHashSet<>(COMMON_LANGUAGES);
    if (result != null) {
      result.facets().getOrDefault("language", List.of()).stream()
          .map(FacetValue::value)
          .forEach(codes::add);
    }
    if (selected != null && Codes.LANGUAGE.matcher(selected).matches()) {
      codes.add(selected);
    }
    return codes.stream()
        .map(c -> new Views.Option(c, labels.language(c), c.equals(selected)))
        .toList();
  }

  /** Page languages for a language switch: each named in itself, as its readers look for it. */
  static List<Views.Option> pageLanguages(String current) {
    return ENDONYMS.entrySet().stream()
        .map(e -> new Views.Option(e.getKey(), e.getValue(), e.getKey().equals(current)))
        .toList();
  }
}
