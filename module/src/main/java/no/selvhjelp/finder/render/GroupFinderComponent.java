package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.rest.SearchParameters;

/**
 * The group finder: a search form that works without JavaScript (GET), facets, results, paging, an
 * empty state that points to help, and an error state (400) that says what to fix.
 */
public final class GroupFinderComponent {
  public static final String NAME = "groupFinder";

  private final GroupSearch search;
  private final ContentStore store;
  private final ReferenceData ref;
  private final Messages messages;
  private final SearchParameters parameters;
  private final FinderForms forms;
  private final Links links;
  private final boolean signupAvailable;

  /** For a host that cannot send interest sign-ups (Magnolia today). */
  public GroupFinderComponent(
      GroupSearch search,
      ContentStore store,
      ReferenceData ref,
      Messages messages,
      SearchParameters parameters,
      Links links) {
    this(search, store, ref, messages, parameters, links, false);
  }

  /**
   * @param signupAvailable the host can send interest sign-ups: results offer "Meld interesse" only
   *     then, and the way to the group's contact otherwise
   */
  public GroupFinderComponent(
      GroupSearch search,
      ContentStore store,
      ReferenceData ref,
      Messages messages,
      SearchParameters parameters,
      Links links,
      boolean signupAvailable) {
    this.search = search;
    this.store = store;
    this.ref = ref;
    this.messages = messages;
    this.parameters = parameters;
    this.forms = new FinderForms(ref, links);
    this.links = links;
    this.signupAvailable = signupAvailable;
  }

  /**
   * The view the template reads as {@code model}. Lists are never null; the rest may be.
   *
   * @param signup whether results offer the interest form (else the way to the group's contact)
   * @param invite groups were found, but none meets where the visitor searched: the invitation to
   *     start one there, with who helps (the first page only)
   */
  public record View(
      String heading,
      FinderForms.Form form,
      long total,
      List<ResultViews.Hit> hits,
      List<FinderFacets.Facet> facets,
      ResultViews.Paging paging,
      Empty empty,
      Empty invite,
      List<Views.ErrorItem> errors,
      ResultViews.Sections sections,
      boolean signup) {}

  /**
   * No group matched: where to turn instead.
   *
   * @param kommune the kommune the visitor searched in (chosen, or the postnummer's), or null
   * @param startHeading the invitation to start a group there, naming the kommune
   * @param contactPoints the kommune's contact points, who help people start groups
   * @param districtOffices where there is no contact point: the fylke's district office
   */
  public record Empty(
      String kommune,
      String startHeading,
      List<Views.ContactCard> contactPoints,
      List<Views.ContactCard> districtOffices,
      String digitalHref) {}

  public ComponentView render(Presets presets, Map<String, List<String>> params) {
    VisitorParams visitor = VisitorParams.of(params).without("fragment");
    List<Problem> problems = new ArrayList<>();
    PageLanguage language = PageLanguage.DEFAULT;
    try {
      language = PageLanguage.choose(visitor.first("lang"), presets.uiLanguage());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    GroupQuery query = null;
    try {
      query = parameters.parse(SearchRequest.finder(presets, visitor, language));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    ValueLabels labels = new ValueLabels(messages.labels(language.ui()), ref, language);
    String heading =
        presets.heading() != null ? presets.heading() : labels.text("selvhjelp.ui.finder.heading");
    // Links keep what the visitor chose, and an emptied filter only where it overrides a preset.
    VisitorParams linkParams = visitor.without("page").withoutBlank(overridable(presets));
    if (!problems.isEmpty() || query == null) {
      View view =
          new View(
              presets.heading(),
              forms.form(presets, visitor, null, labels),
              0,
              List.of(),
              List.of(),
              null,
              null,
              null,
              VisitorErrors.of(problems, labels, visitor),
              null,
              signupAvailable);
      return new ComponentView(NAME, 400, heading, language.ui(), language.dir(), view);
    }
    SearchResult result = ResultViews.searchWithinPages(search, query);
    String langQuery = visitor.first("lang") == null ? "" : "?lang=" + language.code();
    // Without JavaScript, a facet or a page turn lands on the count, as a search does (the form's
    // action has the same fragment), not above a form a phone's screen tall; the widget drops it.
    String countAnchor = links.finder() + "#" + ComponentView.cssClassOf(NAME) + "-count";
    String detailLang = langQuery.isEmpty() ? null : language.code();
    View view =
        new View(
            presets.heading(),
            forms.form(presets, visitor, result, labels),
            result.total(),
            ResultViews.hits(
                result,
                labels,
                id ->
                    links.detailKeepsSearch()
                        ? visitor.withoutBlank(Set.of()).href(links.detail(id))
                        : links.detail(id, detailLang),
                this::contactPointName),
            FinderFacets.facets(
                result, query, presets.kommune() != null, linkParams, countAnchor, labels),
            ResultViews.paging(result, linkParams, countAnchor),
            result.total() == 0 ? empty(query, labels, visitor) : null,
            nothingLocal(query, result) ? empty(query, labels, visitor) : null,
            List.of(),
            ResultViews.Sections.of(result),
            signupAvailable);
    return new ComponentView(NAME, 200, heading, language.ui(), language.dir(), view);
  }

  /**
   * Only digital groups, or only groups farther away, for a visitor who named a place: what they
   * wanted first is not there yet, and the contact point helps people start one.
   */
  private static boolean nothingLocal(GroupQuery query, SearchResult result) {
    return result.total() > 0
        && result.page() == 1
        && query.hasPlace()
        && result.localTotal() != null
        && result.localTotal() == 0;
  }

  private static Set<String> overridable(Presets presets) {
    Set<String> names = new HashSet<>();
    if (!presets.themes().isEmpty()) {
      names.add("theme");
    }
    if (!presets.languages().isEmpty()) {
      names.add("language");
    }
    if (presets.format() != null) {
      names.add("format");
    }
    return names;
  }

  private Empty empty(GroupQuery query, ValueLabels labels, VisitorParams visitor) {
    String kommune = nearKommune(query, visitor);
    List<Views.ContactCard> points =
        kommune == null
            ? List.of()
            : store.contactPointsOf(kommune).stream().map(cp -> Cards.of(cp, labels, ref)).toList();
    // No contact point yet: Selvhjelp Norge's district office for the fylke helps instead.
    List<Views.ContactCard> offices =
        kommune == null || !points.isEmpty()
            ? List.of()
            : ref.fylkeOf(kommune).map(Fylke::nummer).stream()
                .flatMap(
                    fylke ->
                        store.districtOffices().stream()
                            .filter(d -> d.fylker().contains(fylke))
                            .sorted(Comparator.comparing(DistrictOffice::name)))
                .map(d -> Cards.of(d, labels, ref))
                .toList();
    VisitorParams digital = VisitorParams.NONE.with("format", "digital");
    if (visitor.first("lang") != null) {
      digital = digital.with("lang", visitor.first("lang"));
    }
    String name = kommune == null ? null : labels.kommune(kommune);
    return new Empty(
        name,
        name == null
            ? null
            : labels.text("selvhjelp.ui.empty.startHeading", Map.of("kommune", name)),
        points,
        offices,
        digital.href(links.finder()));
  }

  /** The kommune the visitor searched near: the one chosen, else the postnummer's. */
  private String nearKommune(GroupQuery query, VisitorParams visitor) {
    if (query.kommuner().size() == 1) {
      return query.kommuner().get(0);
    }
    if (!query.kommuner().isEmpty() || visitor.first("postnummer") == null) {
      return null;
    }
    return ref.postnummer(visitor.first("postnummer").strip())
        .map(Postnummer::kommunenummer)
        .orElse(null);
  }

  private String contactPointName(String id) {
    return store.contactPoint(id).map(ContactPoint::name).orElse(null);
  }
}
