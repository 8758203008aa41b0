package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.selvhjelp.finder.api.CoverageService;
import no.selvhjelp.finder.api.InvalidInputException;

/**
 * {@code /api/v1/coverage}: per kommune, how many published groups fit the filters meet there, how
 * far the nearest one is, and how many digital groups are open to it; with totals per fylke and for
 * Norway. Public, like search: it counts published groups only. {@code /api/v1/coverage/csv} is the
 * same rows as a download.
 */
@Path("api/v1/coverage")
public final class CoverageResource {
  public static final String CSV = "text/csv; charset=UTF-8";

  private final CoverageService coverage;
  private final CoverageParameters parameters;
  private final JsonAnswers answers;

  public CoverageResource(
      CoverageService coverage, CoverageParameters parameters, JsonAnswers answers) {
    this.coverage = coverage;
    this.parameters = parameters;
    this.answers = answers;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response coverage(@Context UriInfo uri) {
    return answers.ok(() -> coverage.coverage(parameters.parse(uri.getQueryParameters())));
  }

  @GET
  @Path("csv")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  public Response csv(@Context UriInfo uri) {
    String body;
    try {
      body = CoverageCsv.write(coverage.coverage(parameters.parse(uri.getQueryParameters())));
    } catch (InvalidInputException e) {
      return answers.ok(
          () -> {
            throw e;
          });
    }
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"selvhjelp-coverage.csv\"")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }
}
