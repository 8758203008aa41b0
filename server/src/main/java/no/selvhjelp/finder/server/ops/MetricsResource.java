package no.selvhjelp.finder.server.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import no.selvhjelp.finder.rest.AdminOnly;

/**
 * {@code GET /metrics}: Prometheus text format. It needs the admin token (Prometheus sends it as a
 * bearer credential), because heap, document counts and traffic are nobody else's business and the
 * server usually listens where kommune sites can reach it. Never cached. The text format (0.0.4)
 * rather than OpenMetrics, whatever the scraper accepts: it is what this endpoint has always
 * served.
 */
@Path("metrics")
public final class MetricsResource {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final ServerMetrics metrics;

  public MetricsResource(ServerMetrics metrics) {
    this.metrics = metrics;
  }

  @GET
  @AdminOnly
  public Response scrape() {
    return Response.ok(metrics.scrape(), CONTENT_TYPE).header("Cache-Control", "no-store").build();
  }
}
