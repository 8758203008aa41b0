package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.rest.SearchParameters;

/**
 * A fixed list of groups chosen by the editor's presets (say, every grief group in one kommune),
 * sorted by title, with paging and no form.
 */
public final class GroupListComponent {
  public static final String NAME = "groupList";

  private final GroupSearch search;
  private final ContentStore store;
  private final ReferenceData ref;
  private final Messages messages;
  private final SearchParameters parameters;
  private final Links links;
  private final boolean signupAvailable;

  /** For a host that cannot send interest sign-ups (Magnolia today). */
  public GroupListComponent(
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
  public GroupListComponent(
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
    this.links = links;
    this.signupAvailable = signupAvailable;
  }

  public record View(
      String heading,
      long total,
      List<ResultViews.Hit> hits,
      ResultViews.Paging paging,
      List<Views.ErrorItem> errors,
      ResultViews.Sections sections,
      boolean signup) {}

  /**
   * @param params the visitor's parameters: only {@code page} and {@code lang} count
   */
  public ComponentView render(Presets presets, Map<String, List<String>> params) {
    VisitorParams visitor = VisitorParams.of(params);
    List<Problem> problems = new ArrayList<>();
    PageLanguage language = PageLanguage.DEFAULT;
    try {
      language = PageLanguage.choose(visitor.first("lang"), presets.uiLanguage());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    GroupQuery query = null;
    try {
      query = parameters.parse(SearchRequest.list(presets, visitor, language));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    ValueLabels labels = new ValueLabels(messages.labels(language.ui()), ref, language);
    String heading =
        presets.heading() != null ? presets.heading() : labels.text("selvhjelp.ui.list.heading");
    if (!problems.isEmpty() || query == null) {
      List<Views.ErrorItem> errors = VisitorErrors.of(problems, labels, visitor);
      View view = new View(presets.heading(), 0, List.of(), null, errors, null, signupAvailable);
      return new ComponentView(NAME, 400, heading, language.ui(), language.dir(), view);
    }
    SearchResult result = ResultViews.searchWithinPages(search, query);
    String lang = visitor.first("lang");
    String langQuery = lang == null ? "" : "?lang=" + language.code();
    String detailLang = langQuery.isEmpty() ? null : language.code();
    // The list's links carry its presets (which are the embed URL's parameters on the standalone
    // server) and the visitor's language; nothing else the visitor added.
    VisitorParams linkParams = VisitorParams.of(presets.asQuery());
    if (lang != null) {
      linkParams = linkParams.with("lang", lang);
    }
    View view =
        new View(
            presets.heading(),
            result.total(),
            ResultViews.hits(
                result,
                labels,
                id -> links.detail(id, detailLang),
                id -> store.contactPoint(id).map(ContactPoint::name).orElse(null)),
            ResultViews.paging(result, linkParams, links.groupList()),
            List.of(),
            ResultViews.Sections.of(result),
            signupAvailable);
    return new ComponentView(NAME, 200, heading, language.ui(), language.dir(), view);
  }
}
