package no.selvhjelp.finder.server.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.render.ComponentView;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.GroupDetailComponent;
import no.selvhjelp.finder.render.InterestState;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.render.PageLanguage;
import no.selvhjelp.finder.render.Presets;
import no.selvhjelp.finder.render.VisitorParams;
import no.selvhjelp.finder.server.ops.ClientAddress;
import no.selvhjelp.finder.signup.FieldError;
import no.selvhjelp.finder.signup.InterestForm;
import no.selvhjelp.finder.signup.SignupService;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * {@code POST /embed/groups/{id}/interest}: the "Meld interesse" form. Success redirects (303) to
 * the group's page with a confirmation, so reloading does not send twice; anything else answers
 * with the group's page, the form as the visitor left it, and a status that says what went wrong.
 * Nothing of the form is stored or logged.
 */
@Path("embed/groups/{id}/interest")
@Produces(MediaType.TEXT_HTML)
public final class EmbedInterestResource {
  private final Components components;
  private final HtmlPages pages;
  private final SignupService signup;

  /**
   * The address the rate limit counts: the one resolved for every request (by {@code
   * ObservingHandler}, or for a search {@code SearchThreads}; behind a trusted proxy, from
   * X-Forwarded-For), so sign-up and search see the same client.
   */
  private static String clientAddress(Request request) {
    Object resolved = request.getAttribute(ClientAddress.ATTRIBUTE);
    return resolved != null ? resolved.toString() : request.getRemoteAddr();
  }

  EmbedInterestResource(Components components, HtmlPages pages, SignupService signup) {
    this.components = components;
    this.pages = pages;
    this.signup = signup;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(
      @PathParam("id") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context Request request,
      @Context ContainerRequest body) {
    String lang = PageLanguage.normalise(uri.getQueryParameters().getFirst("lang"));
    // What can be refused without the body is refused before a byte of it is read.
    if (!SameOrigin.allows(headers)) {
      return page(id, uri, state(InterestForm.of(Map.of()), List.of(), 403, "error.crossSite", 0));
    }
    if (!signup.available()) {
      return page(id, uri, state(InterestForm.of(Map.of()), List.of(), 503, null, 0));
    }
    // Read only now, through the body limit (RequestBodyFilter), with Jersey's form reader.
    MultivaluedMap<String, String> fields = body.readEntity(Form.class).asMap();
    InterestForm form = InterestForm.of(fields);
    SignupService.Outcome outcome = signup.submit(id, form, clientAddress(request), lang);
    if (outcome instanceof SignupService.Sent) {
      return sent(id, lang);
    }
    if (outcome instanceof SignupService.Invalid invalid) {
      return page(id, uri, state(form, invalid.errors(), 400, "error.invalid", 0));
    }
    if (outcome instanceof SignupService.RateLimited limited) {
      long minutes = (limited.retryAfterSeconds() + 59) / 60;
      return Response.fromResponse(
              page(id, uri, state(form, List.of(), 429, "error.rateLimited", minutes)))
          .header("Retry-After", limited.retryAfterSeconds())
          .build();
    }
    if (outcome instanceof SignupService.Unavailable) {
      return page(id, uri, state(form, List.of(), 503, null, 0));
    }
    if (outcome instanceof SignupService.NoRecipient) {
      return page(id, uri, state(form, List.of(), 404, null, 0));
    }
    return page(id, uri, state(form, List.of(), 502, "error.failed", 0)); // Failed
  }

  private static InterestState state(
      InterestForm form, List<FieldError> errors, int status, String alert, long minutes) {
    return new InterestState(
        form, errors, status, alert == null ? null : "selvhjelp.ui.interest." + alert, minutes);
  }

  private Response page(String id, UriInfo uri, InterestState state) {
    ComponentView view =
        components.groupDetail().render(id, Presets.NONE, uri.getQueryParameters(), state);
    return pages.respond(view, Presets.NONE, uri);
  }

  /** See Other: the group's page, with the confirmation where the form was. */
  private static Response sent(String id, String lang) {
    VisitorParams params = VisitorParams.NONE.with("interest", "sent");
    if (lang != null) {
      params = params.with("lang", lang);
    }
    String location =
        params.href(Links.EMBED.detail(id)) + "#" + GroupDetailComponent.INTEREST_ANCHOR;
    return Response.seeOther(URI.create(location)).build();
  }
}
