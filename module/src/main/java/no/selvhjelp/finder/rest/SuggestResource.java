package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.Suggestion;
import no.selvhjelp.finder.content.UserText;

/** {@code /api/v1/suggest}: completions for the search box. */
@Path("api/v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
public final class SuggestResource {
  private static final int MAX_SUGGESTIONS = 8;
  private final GroupSearch search;
  private final JsonAnswers answers;

  public SuggestResource(GroupSearch search, JsonAnswers answers) {
    this.search = search;
    this.answers = answers;
  }

  @GET
  public Response suggest(@QueryParam("q") String q, @QueryParam("lang") String lang) {
    return answers.ok(() -> suggestions(q, lang));
  }

  private Map<String, List<Suggestion>> suggestions(String q, String lang) {
    String language = SearchParameters.lang(lang);
    if (q != null && q.length() > UserText.MAX_LENGTH) {
      throw new InvalidInputException(
          "Invalid parameter",
          List.of(
              Problem.ofParameter("q", "is longer than " + UserText.MAX_LENGTH + " characters")));
    }
    if (q == null || q.isBlank()) {
      return Map.of("suggestions", List.of());
    }
    return Map.of("suggestions", search.suggest(q, language, MAX_SUGGESTIONS));
  }
}
