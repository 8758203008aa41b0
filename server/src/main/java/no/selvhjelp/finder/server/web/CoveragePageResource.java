package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.selvhjelp.finder.render.CoverageComponent;
import no.selvhjelp.finder.render.Presets;

/**
 * {@code /coverage}: where Norway has self-help groups and where it has none, as a whole page
 * (filters, map, tables, CSV link). The same component a district office places in Magnolia.
 */
@Path("coverage")
@Produces(MediaType.TEXT_HTML)
public final class CoveragePageResource {
  private final CoverageComponent coverage;
  private final HtmlPages pages;

  CoveragePageResource(CoverageComponent coverage, HtmlPages pages) {
    this.coverage = coverage;
    this.pages = pages;
  }

  @GET
  public Response page(@Context UriInfo uri) {
    return pages.respond(
        coverage.render(Presets.NONE, List.of(), uri.getQueryParameters()), Presets.NONE, uri);
  }
}
