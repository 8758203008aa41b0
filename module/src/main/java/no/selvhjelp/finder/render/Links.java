package no.selvhjelp.finder.render;

/**
 * Where a component's links go. The standalone server's embed pages use {@link #EMBED}; a Magnolia
 * page passes its own paths, so that paging and details stay on the editor's page.
 *
 * @param finder the group finder, which the detail's back link returns to
 * @param groupList the group list, which pages to itself
 * @param detailPrefix a group's detail page is this followed by its id
 * @param detailKeepsSearch a finder's links to a group carry the visitor's search, and the group's
 *     back link returns to it (the standalone visitor page, where nothing else remembers it)
 * @param coverage the page with the coverage component, which a district office links to with its
 *     fylker; null where the host has none (then nothing links to it)
 */
public record Links(
    String finder,
    String groupList,
    String detailPrefix,
    boolean detailKeepsSearch,
    String coverage) {
  /** The standalone server's own coverage page ({@code server/.../CoveragePageResource}). */
  public static final String STANDALONE_COVERAGE = "/coverage";

  public static final Links EMBED =
      new Links("/embed/groups", "/embed/group-list", "/embed/groups/")
          .withCoverage(STANDALONE_COVERAGE);

  public Links(String finder, String groupList, String detailPrefix) {
    this(finder, groupList, detailPrefix, false, null);
  }

  public Links(String finder, String groupList, String detailPrefix, boolean detailKeepsSearch) {
    this(finder, groupList, detailPrefix, detailKeepsSearch, null);
  }

  public Links withCoverage(String coveragePage) {
    return new Links(finder, groupList, detailPrefix, detailKeepsSearch, coveragePage);
  }

  public String detail(String groupId) {
    return detailPrefix + groupId;
  }

  /**
   * A group's detail link that keeps the visitor's language ({@code null}: the default). A Magnolia
   * page's prefix may carry a query already ({@code /finder.html?group=}), so join with {@code &}.
   */
  public String detail(String groupId, String langCode) {
    String href = detail(groupId);
    return langCode == null ? href : href + (href.contains("?") ? "&" : "?") + "lang=" + langCode;
  }
}
