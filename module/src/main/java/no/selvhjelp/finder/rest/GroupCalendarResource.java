package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.ical.GroupCalendar;

/** {@code /api/v1/groups/{id}/calendar.ics}: one published group's meetings as iCalendar. */
@Path("api/v1/groups/{id}/calendar.ics")
@Produces(GroupCalendarResource.TEXT_CALENDAR)
public final class GroupCalendarResource {
  static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

  private final ContentStore store;
  private final GroupCalendar calendar;

  public GroupCalendarResource(ContentStore store, GroupCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @GET
  public String feed(@PathParam("id") String id) {
    Group g =
        store
            .group(GroupsResource.checkedId(id))
            .filter(Group::publiclyVisible)
            .orElseThrow(NotFoundException::new);
    return calendar.feed(g.title(), List.of(g));
  }
}
