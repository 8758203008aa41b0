package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.PageLanguage;
import no.selvhjelp.finder.render.Presets;

/**
 * {@code /}: the standalone server's own page for visitors (and the demo): the finder, searching on
 * this same page, the about box, and the reference data's attribution.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public final class VisitorPageResource {
  private final Components site;

  VisitorPageResource(Components site) {
    this.site = site;
  }

  @GET
  public Response page(@Context UriInfo uri) {
    ComponentView finder = site.groupFinder().render(Presets.NONE, uri.getQueryParameters());
    // The about box follows the page language; a bad one is the finder's 400 to report.
    String lang = uri.getQueryParameters().getFirst("lang");
    Map<String, List<String>> aboutParams =
        lang != null && PageLanguage.all().contains(lang)
            ? Map.of("lang", List.of(lang))
            : Map.of();
    ComponentView about = site.about().render(Presets.NONE, aboutParams);
    String html =
        site.renderer().visitorPage(finder, about, about.lang(), ReferenceData.ATTRIBUTION);
    return Response.status(finder.status()).type(HtmlPages.HTML).entity(html).build();
  }
}
