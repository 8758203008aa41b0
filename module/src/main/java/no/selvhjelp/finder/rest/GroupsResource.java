package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * {@code /api/v1/groups}: public search and detail, and (inherited) the editors' PUT, PATCH and
 * DELETE.
 */
@Path("api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
public final class GroupsResource extends EditableItemResource {
  private final GroupSearch search;
  private final ContentStore store;
  private final SearchParameters parameters;
  private final ReferenceData ref;
  private final ObjectMapper json;
  private final JsonAnswers answers;

  public GroupsResource(
      GroupSearch search,
      ContentStore store,
      SearchParameters parameters,
      ReferenceData ref,
      ObjectMapper json,
      ItemWrites writes) {
    super(ItemType.GROUP, writes);
    this.search = search;
    this.store = store;
    this.parameters = parameters;
    this.ref = ref;
    this.json = json;
    this.answers = new JsonAnswers(json);
  }

  @GET
  public Response search(@Context UriInfo uri) {
    return answers.ok(() -> search.search(parameters.parse(uri.getQueryParameters())));
  }

  /** A published group with its kommune and fylke names; drafts are as absent as missing ones. */
  @GET
  @Path("{id}")
  public Response group(@PathParam("id") String id) {
    return answers.ok(() -> groupNode(id));
  }

  private ObjectNode groupNode(String id) {
    Group g =
        store
            .group(checkedId(id))
            .filter(Group::publiclyVisible)
            .orElseThrow(NotFoundException::new);
    ObjectNode node = json.valueToTree(g);
    node.put("kommune", ref.displayName(g.kommunenummer()));
    ref.fylkeOf(g.kommunenummer())
        .ifPresent(
            f -> {
              node.put("fylkesnummer", f.nummer());
              node.put("fylke", f.name());
            });
    return node;
  }

  static String checkedId(String id) {
    if (!Codes.ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "Invalid id",
          List.of(Problem.ofParameter("id", "must be 1 to 64 characters of a-z, 0-9 and '-'")));
    }
    return id;
  }
}
