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

/** {@code /embed/district-office?kommune=NNNN}: Selvhjelp Norge's office for that kommune. */
@Path("embed/district-office")
@Produces(MediaType.TEXT_HTML)
public final class EmbedDistrictOfficeResource {
  private final Components components;
  private final HtmlPages pages;

  EmbedDistrictOfficeResource(Components components, HtmlPages pages) {
    this.components = components;
    this.pages = pages;
  }

  @GET
  public Response districtOffice(@Context UriInfo uri) {
    return pages.respond(
        components.districtOffice().render(Presets.NONE, uri.getQueryParameters()),
        Presets.NONE,
        uri);
  }
}
