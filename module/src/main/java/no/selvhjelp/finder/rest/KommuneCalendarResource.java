package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.ical.GroupCalendar;

/** {@code /api/v1/kommuner/{nummer}/calendar.ics}: the meetings of a kommune's published groups. */
@Path("api/v1/kommuner/{nummer}/calendar.ics")
@Produces(GroupCalendarResource.TEXT_CALENDAR)
public final class KommuneCalendarResource {
  /** Search pages are at most this big; the feed reads them all. */
  private static final int PAGE = 100;

  private final GroupSearch search;
  private final ContentStore store;
  private final ReferenceData ref;
  private final GroupCalendar calendar;

  public KommuneCalendarResource(
      GroupSearch search, ContentStore store, ReferenceData ref, GroupCalendar calendar) {
    this.search = search;
    this.store = store;
    this.ref = ref;
    this.calendar = calendar;
  }

  @GET
  public String feed(@PathParam("nummer") String nummer) {
    KommuneParam.check(ref, "nummer", nummer);
    List<Group> groups = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResult result = search.search(inKommune(nummer, page));
      for (GroupHit hit : result.hits()) {
        // The index follows the repository; a group deleted in between is simply left out. The
        // search lets digital groups from anywhere through a kommune filter (see FilterBuilder);
        // this feed is the kommune's own groups, so those are left out here.
        store
            .group(hit.id())
            .filter(Group::publiclyVisible)
            .filter(g -> nummer.equals(g.kommunenummer()))
            .ifPresent(groups::add);
      }
      if (result.hits().size() < PAGE || (long) page * PAGE >= result.total()) {
        break;
      }
    }
    return calendar.feed("Selvhjelpsgrupper i " + ref.displayName(nummer), groups);
  }

  private static GroupQuery inKommune(String nummer, int page) {
    return new GroupQuery(
        null,
        List.of(nummer),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        GroupQuery.Sort.TITLE,
        page,
        PAGE,
        "nb");
  }
}
