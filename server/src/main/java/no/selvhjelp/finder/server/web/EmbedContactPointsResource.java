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

/** {@code /embed/contact-points?kommune=NNNN}: the contact points of a kommune. */
@Path("embed/contact-points")
@Produces(MediaType.TEXT_HTML)
public final class EmbedContactPointsResource {
  private final Components components;
  private final HtmlPages pages;

  EmbedContactPointsResource(Components components, HtmlPages pages) {
    this.components = components;
    this.pages = pages;
  }

  @GET
  public Response contactPoints(@Context UriInfo uri) {
    return pages.respond(
        components.contactPoints().render(Presets.NONE, uri.getQueryParameters()),
        Presets.NONE,
        uri);
  }
}
