package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.PageLanguage;
import no.selvhjelp.finder.render.Presets;

/**
 * {@code /}: the standalone server's own page for visitors (and the demo): the finder, searching on
 * this same page, the about box, and the reference data's attribution. {@code /groups/{id}}: one
 * group inside the same page (header, language switch), its back link returning to the search the
 * visitor came from, which its URL carries.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public final class VisitorPageResource {
  static final String GROUPS = "/groups/";

  private final Components site;

  VisitorPageResource(Components site) {
    this.site = site;
  }

  @GET
  public Response page(@Context UriInfo uri) {
    ComponentView finder = site.groupFinder().render(Presets.NONE, uri.getQueryParameters());
    return page(finder, "/", uri);
  }

  @GET
  @Path("groups/{id}")
  public Response group(@PathParam("id") String id, @Context UriInfo uri) {
    ComponentView group = site.groupDetail().render(id, Presets.NONE, uri.getQueryParameters());
    String path = GROUPS + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    return page(group, path, uri);
  }

  private Response page(ComponentView main, String path, UriInfo uri) {
    // The about box follows the page language (an unknown one falls back, as the main component's).
    String lang = PageLanguage.normalise(uri.getQueryParameters().getFirst("lang"));
    Map<String, List<String>> aboutParams = lang != null ? Map.of("lang", List.of(lang)) : Map.of();
    ComponentView about = site.about().render(Presets.NONE, aboutParams);
    String html =
        site.renderer()
            .visitorPage(
                main,
                about,
                about.lang(),
                ReferenceData.ATTRIBUTION,
                path,
                uri.getQueryParameters());
    return Response.status(main.status()).type(HtmlPages.HTML).entity(html).build();
  }
}
