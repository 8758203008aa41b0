package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.selvhjelp.finder.api.Coverage;
import no.selvhjelp.finder.api.CoverageQuery;
import no.selvhjelp.finder.api.CoverageService;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.Messages;

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
  private final Messages messages;

  public CoverageResource(
      CoverageService coverage,
      CoverageParameters parameters,
      JsonAnswers answers,
      Messages messages) {
    this.coverage = coverage;
    this.parameters = parameters;
    this.answers = answers;
    this.messages = messages;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response coverage(@Context UriInfo uri) {
    return answers.ok(() -> coverage.coverage(parameters.parse(uri.getQueryParameters())));
  }

  /**
   * Without {@code lang} the machines' CSV; with {@code lang=nb|nn|en} the spreadsheet's, in that
   * language (see {@link CoverageCsv}).
   */
  @GET
  @Path("csv")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  public Response csv(@Context UriInfo uri) {
    String body;
    String filename;
    try {
      String lang = lang(uri.getQueryParameters().getFirst("lang"));
      CoverageQuery q = parameters.parse(uri.getQueryParameters());
      Coverage c = coverage.coverage(q);
      body = lang == null ? CoverageCsv.write(c) : CoverageCsv.spreadsheet(c, messages, lang);
      filename = CoverageCsv.filename(q, messages, lang);
    } catch (InvalidInputException e) {
      return answers.ok(
          () -> {
            throw e;
          });
    }
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  private String lang(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (!messages.languages().contains(raw.strip())) {
      throw new InvalidInputException(
          "Invalid coverage parameters",
          List.of(Problem.ofParameter("lang", "must be one of " + messages.languages())));
    }
    return raw.strip();
  }
}
