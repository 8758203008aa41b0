package no.selvhjelp.finder.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;

/** Selvhjelp Norge's district office for a kommune: the one that serves the kommune's fylke. */
public final class DistrictOfficeComponent {
  public static final String NAME = "districtOffice";

  private final ContentStore store;
  private final ReferenceData ref;
  private final Messages messages;
  private final String coveragePage;

  public DistrictOfficeComponent(ContentStore store, ReferenceData ref, Messages messages) {
    this(store, ref, messages, null);
  }

  /**
   * @param coveragePage the page with the coverage component; the office links to it with its own
   *     fylker chosen, because a district office plans where groups should start. Null: no link
   */
  public DistrictOfficeComponent(
      ContentStore store, ReferenceData ref, Messages messages, String coveragePage) {
    this.store = store;
    this.ref = ref;
    this.messages = messages;
    this.coveragePage = coveragePage == null || coveragePage.isBlank() ? null : coveragePage;
  }

  public record Office(
      String id,
      String name,
      List<String> fylker,
      String address,
      String phone,
      String phoneHref,
      String email,
      String url,
      String description,
      List<Views.Person> contacts,
      CoverageLink coverage) {}

  /** A link to the coverage page; {@code hreflang} is the language that page will be shown in. */
  public record CoverageLink(String label, String href, String hreflang) {}

  public record View(
      String heading, String kommune, String fylke, Office office, List<Views.ErrorItem> errors) {}

  public ComponentView render(Presets presets, Map<String, List<String>> params) {
    KommuneChoice choice = KommuneChoice.of(presets, VisitorParams.of(params), ref);
    PageLanguage language = choice.language();
    ValueLabels labels = new ValueLabels(messages.labels(language.ui()), ref, language);
    String heading =
        presets.heading() != null
            ? presets.heading()
            : labels.text("selvhjelp.ui.districtOffice.heading");
    if (!choice.valid()) {
      View view = new View(presets.heading(), null, null, null, choice.errors(labels));
      return new ComponentView(NAME, 400, heading, language.ui(), language.dir(), view);
    }
    String kommune = choice.kommune();
    String fylke = ref.fylkeOf(kommune).map(Fylke::nummer).orElseThrow();
    Office office =
        store.districtOffices().stream()
            .filter(d -> d.fylker().contains(fylke))
            .min(Comparator.comparing(DistrictOffice::name))
            .map(d -> office(d, labels, language))
            .orElse(null);
    View view =
        new View(
            presets.heading(),
            labels.kommune(kommune),
            ref.fylke(fylke).map(Fylke::name).orElse(null),
            office,
            List.of());
    return new ComponentView(NAME, 200, heading, language.ui(), language.dir(), view);
  }

  private Office office(DistrictOffice d, ValueLabels labels, PageLanguage language) {
    return new Office(
        d.id(),
        d.name(),
        d.fylker().stream().map(f -> ref.fylke(f).map(Fylke::name).orElse(f)).toList(),
        d.address(),
        d.phone(),
        SafeLinks.tel(d.phone()),
        SafeLinks.email(d.email()),
        SafeLinks.web(d.url()),
        d.description(),
        d.contacts().stream()
            .map(
                c ->
                    new Views.Person(
                        c.name(),
                        c.role(),
                        c.phone(),
                        SafeLinks.tel(c.phone()),
                        SafeLinks.email(c.email()),
                        null))
            .toList(),
        coverageLink(d, labels, language));
  }

  /** The office's fylker on the coverage page, in the page's language if coverage offers it. */
  private CoverageLink coverageLink(DistrictOffice d, ValueLabels labels, PageLanguage language) {
    if (coveragePage == null || d.fylker().isEmpty()) {
      return null;
    }
    VisitorParams p = VisitorParams.NONE.with("fylke", d.fylker());
    PageLanguage shown = CoverageComponent.shownIn(language);
    if (!shown.isDefault()) {
      p = p.with("lang", shown.code());
    }
    String names =
        String.join(
            ", ", d.fylker().stream().map(f -> ref.fylke(f).map(Fylke::name).orElse(f)).toList());
    return new CoverageLink(
        CoverageTexts.fill(labels.text("selvhjelp.ui.districtOffice.coverage"), names),
        p.href(coveragePage),
        shown.code());
  }
}
