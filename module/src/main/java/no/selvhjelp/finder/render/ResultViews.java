package no.selvhjelp.finder.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;

/** Hits and paging, shared by the finder and the group list. */
final class ResultViews {
  /** Page links around the current one: enough to move, few enough for a phone. */
  private static final int PAGE_WINDOW = 2;

  private static final int MAX_POSITION = 10_000;

  private ResultViews() {}

  /**
   * One result.
   *
   * @param highlight an HTML snippet: the search escaped the stored text and added only {@code
   *     <mark>} (see {@code search.Highlights}), so the template may insert it as markup
   * @param section {@code local}, {@code digital} or {@code farther} when the search named a place,
   *     else null
   * @param textLang the language of the group's title and summary ({@link Views#textLang})
   */
  public record Hit(
      String id,
      String title,
      String href,
      String summary,
      String highlight,
      String kommune,
      String format,
      String formatCode,
      String status,
      String statusCode,
      List<String> themes,
      List<String> languages,
      String distance,
      String course,
      String section,
      String textLang) {}

  /**
   * How many of the matches meet in the place (physical or hybrid), how many are digital and how
   * many meet farther than {@code nearbyKm} from the visitor's postnummer; null when the search
   * named no place.
   */
  public record Sections(long local, long digital, long farther, String nearbyKm) {
    static Sections of(SearchResult result) {
      return result.localTotal() == null
          ? null
          : new Sections(
              result.localTotal(),
              result.digitalTotal(),
              result.fartherTotal() == null ? 0 : result.fartherTotal(),
              String.valueOf(Math.round(GroupQuery.NEARBY_KM)));
    }
  }

  public record PageLink(int number, String href, boolean current) {}

  public record Paging(String prev, String next, List<PageLink> pages, int current, int last) {}

  static List<Hit> hits(SearchResult result, ValueLabels labels, Function<String, String> href) {
    return hits(result, labels, href, id -> null);
  }

  /**
   * @param contactPointName the name of a contact point by id, or null: who runs the course a group
   *     continues
   */
  static List<Hit> hits(
      SearchResult result,
      ValueLabels labels,
      Function<String, String> href,
      Function<String, String> contactPointName) {
    NumberFormat km = NumberFormat.getNumberInstance(labels.locale());
    km.setMaximumFractionDigits(1);
    List<Hit> hits = new ArrayList<>();
    for (GroupHit h : result.hits()) {
      hits.add(
          new Hit(
              h.id(),
              h.title(),
              href.apply(h.id()),
              h.summary(),
              h.highlight(),
              h.kommunenummer() == null ? h.kommune() : labels.kommune(h.kommunenummer()),
              labels.format(h.format()),
              h.format(),
              labels.status(h.status()),
              h.status(),
              h.themes().stream().map(labels::theme).toList(),
              h.languages().stream().map(labels::language).toList(),
              h.distanceKm() == null ? null : km.format(h.distanceKm()),
              course(
                  labels,
                  h.continuesCourse(),
                  h.courseContactPointId() == null
                      ? null
                      : contactPointName.apply(h.courseContactPointId())),
              h.section(),
              Views.textLang(h.languages())));
    }
    return hits;
  }

  /** "Started after the course «KiD» at LMS Tromsø", or null for a group after no course. */
  static String course(ValueLabels labels, String course, String runBy) {
    if (course == null) {
      return null;
    }
    return runBy == null
        ? labels.text("selvhjelp.ui.hit.course").replace("{0}", course)
        : labels.text("selvhjelp.ui.hit.courseBy").replace("{0}", course).replace("{1}", runBy);
  }

  /** Null when everything fits on one page. */
  /**
   * The search's answer, or its last page when the query asks for a page past it (an old shared
   * link, a page number typed by hand): groups to look at, not an empty list that says nothing.
   */
  static SearchResult searchWithinPages(GroupSearch search, GroupQuery query) {
    SearchResult result = search.search(query);
    if (result.hits().isEmpty() && result.total() > 0 && query.page() > 1) {
      return search.search(query.atPage(lastPage(result)));
    }
    return result;
  }

  /** The last page a link may lead to: beyond position 10,000 the search returns no hits. */
  static int lastPage(SearchResult result) {
    long pagesWithHits = (result.total() + result.size() - 1) / result.size();
    return (int) Math.max(1, Math.min(pagesWithHits, MAX_POSITION / result.size()));
  }

  static Paging paging(SearchResult result, VisitorParams params, String path) {
    int last = lastPage(result);
    int current = result.page();
    if (last <= 1) {
      return null;
    }
    List<PageLink> pages = new ArrayList<>();
    int from = Math.max(1, current - PAGE_WINDOW);
    int to = Math.min(last, current + PAGE_WINDOW);
    for (int n = from; n <= to; n++) {
      pages.add(new PageLink(n, page(params, path, n), n == current));
    }
    return new Paging(
        current > 1 ? page(params, path, Math.min(current - 1, last)) : null,
        current < last ? page(params, path, current + 1) : null,
        pages,
        current,
        last);
  }

  private static String page(VisitorParams params, String path, int n) {
    return n == 1
        ? params.without("page").href(path)
        : params.with("page", String.valueOf(n)).href(path);
  }
}
