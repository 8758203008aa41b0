package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.content.ImportService;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.index.IndexConsistency;
import no.selvhjelp.finder.index.Reindexer;

/**
 * Every resource and provider of the API, built from the engine's services. Both hosts deploy this
 * one set, and the tests use it too, so what is tested is what runs.
 */
public final class RestApplication extends Application {
  private final Set<Object> singletons;

  public RestApplication(
      ContentStore store,
      GroupSearch search,
      ImportService imports,
      ReferenceData ref,
      Messages messages,
      TokenVerifier tokens,
      Readiness readiness,
      Reindexer reindexer,
      ObjectMapper json,
      IndexConsistency consistency) {
    SearchParameters parameters = new SearchParameters(ref);
    this.singletons =
        Set.of(
            new GroupsResource(search, store, parameters, ref, json),
            new ImportResource(imports, json),
            new ReferenceDataResource(ref, messages),
            new ContactPointsResource(store, ref),
            new DistrictOfficesResource(store, ref),
            new SuggestResource(search),
            new HealthResource(readiness, store),
            new AdminResource(reindexer),
            new ConsistencyResource(consistency),
            new JsonConfig(json),
            new AdminAuthFilter(tokens),
            new ReadinessFilter(readiness),
            new CorsFilter(),
            new InvalidInputMapper(),
            new WebApplicationExceptionMapper(),
            new UnexpectedExceptionMapper());
  }

  @Override
  public Set<Object> getSingletons() {
    return singletons;
  }
}
