package no.selvhjelp.finder.magnolia;

import info.magnolia.context.WebContext;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.ContactPointsResource;
import no.selvhjelp.finder.rest.CoverageParameters;
import no.selvhjelp.finder.rest.CoverageResource;
import no.selvhjelp.finder.rest.DistrictOfficesResource;
import no.selvhjelp.finder.rest.GroupsResource;
import no.selvhjelp.finder.rest.ItemWrites;
import no.selvhjelp.finder.rest.JsonAnswers;
import no.selvhjelp.finder.rest.ReferenceDataResource;
import no.selvhjelp.finder.rest.SearchParameters;
import no.selvhjelp.finder.rest.SuggestResource;

/**
 * The public read API under {@code /.rest/selvhjelp/v1/...}: Magnolia's REST dispatcher creates
 * this endpoint (restEndpoints/selvhjelp/v1.yaml) and each sub-resource locator hands the request
 * to the engine's own resource, so Magnolia serves exactly the standalone server's answers. The
 * public resources are read only (GET, HEAD): single items are written in the content apps. The
 * bulk editorial API (import, export, reports, reindex) is under {@code v1/admin}, for Magnolia
 * users with the editor role ({@link EditorialEndpoint}).
 */
@Path("/selvhjelp")
public final class SelvhjelpEndpoint {
  private final SelvhjelpModule module;
  private final MagnoliaEditorAccess editors;

  @Inject
  public SelvhjelpEndpoint(SelvhjelpModule module, Provider<WebContext> web) {
    this.module = module;
    this.editors = new MagnoliaEditorAccess(web);
  }

  /**
   * Bulk import and export, history, the stale report, reindex and the consistency check. A more
   * specific path than {@code v1} below, so JAX-RS routes {@code v1/admin/...} here.
   */
  @Path("v1/admin")
  public EditorialEndpoint admin() {
    return new EditorialEndpoint(module.engine(), editors);
  }

  @Path("v1/groups")
  public GroupsResource groups(@Context HttpServletRequest request) {
    readOnly(request);
    Engine e = module.engine();
    return new GroupsResource(
        e.search(),
        e.store(),
        new SearchParameters(e.referenceData()),
        e.referenceData(),
        e.json(),
        writes(e));
  }

  @Path("v1/contact-points")
  public ContactPointsResource contactPoints(@Context HttpServletRequest request) {
    readOnly(request);
    Engine e = module.engine();
    return new ContactPointsResource(e.store(), e.referenceData(), writes(e), answers(e));
  }

  @Path("v1/district-offices")
  public DistrictOfficesResource districtOffices(@Context HttpServletRequest request) {
    readOnly(request);
    Engine e = module.engine();
    return new DistrictOfficesResource(e.store(), e.referenceData(), writes(e), answers(e));
  }

  @Path("v1/suggest")
  public SuggestResource suggest(@Context HttpServletRequest request) {
    readOnly(request);
    Engine e = module.engine();
    return new SuggestResource(e.search(), answers(e));
  }

  /** Where there are groups and where there are none: {@code /v1/coverage} and its CSV. */
  @Path("v1/coverage")
  public CoverageResource coverage(@Context HttpServletRequest request) {
    readOnly(request);
    Engine e = module.engine();
    return new CoverageResource(
        e.coverage(), new CoverageParameters(e.referenceData()), answers(e), e.messages());
  }

  /** Kommuner, fylker, postnummer and the code lists: {@code /v1/kommuner} and so on. */
  @Path("v1")
  public ReferenceDataResource referenceData(@Context HttpServletRequest request) {
    readOnly(request);
    Engine e = module.engine();
    return new ReferenceDataResource(e.referenceData(), e.messages(), answers(e));
  }

  /**
   * Magnolia does not register the engine's JAX-RS providers, so every read answer is serialised,
   * errors included, before it leaves the resource (see {@link JsonAnswers}).
   */
  private static JsonAnswers answers(Engine e) {
    return new JsonAnswers(e.json());
  }

  /** Never reached (only GET and HEAD pass {@link #readOnly}), but the resources take it. */
  private static ItemWrites writes(Engine e) {
    return new ItemWrites(e.editorial(), e.json());
  }

  private static void readOnly(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      throw new NotAllowedException(
          "Read only: editors write through the content apps", "GET", new String[] {"HEAD"});
    }
  }
}
