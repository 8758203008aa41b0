package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.Presets;

/**
 * {@code /embed/group-list}: a fixed list. Standalone there is no editor, so the embed URL's
 * parameters ({@code kommune}, {@code theme}, {@code language}, {@code format}, {@code size},
 * {@code heading}) are the presets, and the visitor only turns pages.
 */
@Path("embed/group-list")
@Produces(MediaType.TEXT_HTML)
public final class EmbedGroupListResource {
  private final Components components;
  private final HtmlPages pages;

  EmbedGroupListResource(Components components, HtmlPages pages) {
    this.components = components;
    this.pages = pages;
  }

  @GET
  public Response list(@Context UriInfo uri) {
    Presets presets = Presets.fromQuery(uri.getQueryParameters());
    return pages.respond(
        components.groupList().render(presets, uri.getQueryParameters()), presets, uri);
  }
}
