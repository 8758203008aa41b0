package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.Presets;

/**
 * {@code /embed/groups}: the group finder, driven by plain GET parameters (the API's search
 * parameters plus {@code lang} and {@code fragment}); {@code /embed/groups/{id}}: one group.
 */
@Path("embed/groups")
@Produces(MediaType.TEXT_HTML)
public final class EmbedGroupsResource {
  private final Components components;
  private final HtmlPages pages;

  EmbedGroupsResource(Components components, HtmlPages pages) {
    this.components = components;
    this.pages = pages;
  }

  @GET
  public Response finder(@Context UriInfo uri) {
    Presets presets = Presets.NONE; // standalone: the URL is the visitor's, there is no editor
    return pages.respond(
        components.groupFinder().render(presets, uri.getQueryParameters()), presets, uri);
  }

  @GET
  @Path("{id}")
  public Response group(@PathParam("id") String id, @Context UriInfo uri) {
    return pages.respond(
        components.groupDetail().render(id, Presets.NONE, uri.getQueryParameters()),
        Presets.NONE,
        uri);
  }
}
