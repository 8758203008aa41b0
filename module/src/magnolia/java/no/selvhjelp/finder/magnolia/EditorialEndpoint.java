package no.selvhjelp.finder.magnolia;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import no.selvhjelp.finder.editorial.ImportJobs;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.rest.AdminResource;
import no.selvhjelp.finder.rest.ConsistencyResource;
import no.selvhjelp.finder.rest.EditorialResource;
import no.selvhjelp.finder.rest.FinishedAnswers;
import no.selvhjelp.finder.rest.ImportJobsResource;
import no.selvhjelp.finder.rest.ImportResource;
import no.selvhjelp.finder.rest.ItemWrites;
import no.selvhjelp.finder.rest.JobsResource;

/**
 * {@code /.rest/selvhjelp/v1/admin/...}: the standalone server's bulk editorial API on Magnolia.
 * Each method checks {@link MagnoliaEditorAccess} before anything of the request is read, then
 * calls the engine's own resource method, so validation, limits and answers are the standalone
 * server's. Two things differ, on purpose: who may call (Magnolia's user with the editor role,
 * never the admin token) and who is recorded in the history (that user's Magnolia name, not the
 * {@code X-Editor} header, which any client could set). Single-item writes, publication and
 * versions stay with Magnolia's content apps (docs/install-magnolia.md, step 6).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class EditorialEndpoint {
  static final String CSV = "text/csv";

  /**
   * What Magnolia's own {@code BasicClientCallback} sends, realm "Magnolia" by default
   * (ekirkilevics/Magnolia {@code .../cms/security/auth/callback/BasicClientCallback.java}).
   */
  static final String BASIC_CHALLENGE = "Basic realm=\"Magnolia\"";

  private final Engine engine;
  private final MagnoliaEditorAccess access;
  private final FinishedAnswers answers;

  EditorialEndpoint(Engine engine, MagnoliaEditorAccess access) {
    this.engine = engine;
    this.access = access;
    this.answers = new FinishedAnswers(engine.json());
  }

  /** A JSON import body ({@code POST /api/v1/import} on the standalone server), all or nothing. */
  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importJson(
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength, InputStream body) {
    return asEditor(
        who -> new ImportResource(engine.editorial()).importContent(declaredLength, who, body));
  }

  @POST
  @Path("import.csv")
  @Consumes(CSV)
  public Response importCsv(
      @QueryParam("type") String type, @Context HttpHeaders headers, InputStream body) {
    return asEditor(who -> editorial().importCsv(type, who, headers, body));
  }

  /** The same imports in the background: 202, and the job's Location under this endpoint. */
  @POST
  @Path("imports")
  @Consumes({MediaType.APPLICATION_JSON, CSV})
  public Response submitImport(
      @QueryParam("type") String type, @Context HttpHeaders headers, InputStream body) {
    return asEditor(
        who -> {
          Response accepted =
              new ImportJobsResource(engine.editorial(), engine.importJobs())
                  .submit(type, who, headers, body);
          // Relative to the REST base (/.rest/), where Magnolia mounts this endpoint.
          String id = ((ImportJobs.Status) accepted.getEntity()).id();
          return Response.fromResponse(accepted)
              .location(URI.create("selvhjelp/v1/admin/jobs/" + id))
              .build();
        });
  }

  @GET
  @Path("jobs/{id}")
  public Response job(@PathParam("id") String id) {
    return asEditor(who -> new JobsResource(engine.importJobs()).job(id));
  }

  @GET
  @Path("export")
  public Response exportJson() {
    return asEditor(who -> editorial().exportJson());
  }

  @GET
  @Path("export.csv")
  @Produces(CSV)
  public Response exportCsv(@QueryParam("type") String type) {
    return asEditor(who -> editorial().exportCsv(type));
  }

  @GET
  @Path("stale")
  public Response stale(@QueryParam("olderThanDays") String olderThanDays) {
    return asEditor(who -> editorial().stale(olderThanDays));
  }

  /** The versions the engine wrote (imports through this API); see docs for Magnolia's own. */
  @GET
  @Path("{type}/{id}/history")
  public Response history(@PathParam("type") String type, @PathParam("id") String id) {
    return asEditor(who -> editorial().history(type, id));
  }

  /** Rebuild this instance's index from its workspace, in the background. */
  @POST
  @Path("reindex")
  public Response reindex() {
    return asEditor(who -> new AdminResource(engine.reindexer()).start());
  }

  @GET
  @Path("reindex")
  public Response reindexStatus() {
    return asEditor(who -> new AdminResource(engine.reindexer()).status());
  }

  @GET
  @Path("consistency")
  public Response consistency(@QueryParam("hashes") boolean hashes) {
    return asEditor(who -> new ConsistencyResource(engine.consistency()).check(hashes));
  }

  private EditorialResource editorial() {
    return new EditorialResource(
        engine.editorial(), new ItemWrites(engine.editorial(), engine.json()));
  }

  /** The engine's resource call, made as the user; refused before it is made otherwise. */
  private Response asEditor(EditorCall call) {
    MagnoliaEditorAccess.Decision decision = access.decide();
    return switch (decision.outcome()) {
      case EDITOR -> answers.of(() -> call.answer(decision.user()));
      case ANONYMOUS ->
          Response.fromResponse(
                  answers.error(
                      401,
                      "Log in to Magnolia as a user with the role "
                          + MagnoliaEditorAccess.EDITOR_ROLE))
              .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
              .build();
      case NOT_AN_EDITOR ->
          answers.error(403, "This needs the Magnolia role " + MagnoliaEditorAccess.EDITOR_ROLE);
    };
  }

  @FunctionalInterface
  private interface EditorCall {
    Object answer(String editor) throws IOException;
  }
}
