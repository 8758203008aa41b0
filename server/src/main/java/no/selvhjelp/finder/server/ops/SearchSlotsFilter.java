package no.selvhjelp.finder.server.ops;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import no.selvhjelp.finder.rest.Route;

/**
 * Runs the searches of one client address a few at a time and within its share of search time
 * ({@link SearchSlots}), on the routes the rate limit covers. After the rate limit (a request it
 * refuses never waits here) and before the resource; the slot is given back when the answer leaves
 * the resource, whatever it is, before the answer is written to the client: so a search holds its
 * core's turn (with a share) while it computes, never while a slow client reads. A request refused
 * here gets the rate limit's 429, with {@code Retry-After: 1}.
 */
@Provider
@Priority(110)
public final class SearchSlotsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String SLOT = "selvhjelp.searchSlot";

  private final SearchSlots slots;
  private final ServerMetrics metrics;
  @Context private ResourceInfo resource;
  @Context private UriInfo uri;

  public SearchSlotsFilter(SearchSlots slots, ServerMetrics metrics) {
    this.slots = slots;
    this.metrics = metrics;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Route route = Route.of(request, resource, uri);
    if (!SearchRateLimitFilter.limited(request.getMethod(), route)) {
      return;
    }
    SearchSlots.Slot slot;
    try {
      slot = slots.acquire(ClientAddress.of(request));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is stopping
      slot = null;
    }
    if (slot == null) {
      metrics.searchesRefusedAtOnce();
      request.abortWith(SearchRateLimitFilter.tooMany(route, 1));
      return;
    }
    request.setProperty(SLOT, slot);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(SLOT) instanceof SearchSlots.Slot slot) {
      request.removeProperty(SLOT);
      slot.close();
    }
  }
}
