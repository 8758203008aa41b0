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

/** {@code /embed/about?lang=xx}: "what is a self-help group" in one of nine languages. */
@Path("embed/about")
@Produces(MediaType.TEXT_HTML)
public final class EmbedAboutResource {
  private final Components components;
  private final HtmlPages pages;

  EmbedAboutResource(Components components, HtmlPages pages) {
    this.components = components;
    this.pages = pages;
  }

  @GET
  public Response about(@Context UriInfo uri) {
    return pages.respond(
        components.about().render(Presets.NONE, uri.getQueryParameters()), Presets.NONE, uri);
  }
}
