package no.selvhjelp.finder.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Application;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.CoverageService;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.editorial.EditorialService;
import no.selvhjelp.finder.editorial.ImportJobs;
import no.selvhjelp.finder.hsds.HsdsCatalogue;
import no.selvhjelp.finder.ical.GroupCalendar;
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
      ReferenceData ref,
      Messages messages,
      TokenVerifier tokens,
      Readiness readiness,
      LongSupplier groupCount,
      Reindexer reindexer,
      ObjectMapper json,
      EditorialService editorial,
      ImportJobs jobs,
      IndexConsistency consistency,
      CoverageService coverage) {
    SearchParameters parameters = new SearchParameters(ref);
    GroupCalendar calendar = new GroupCalendar(ref, Clock.systemUTC());
    ItemWrites writes = new ItemWrites(editorial, json);
    JsonAnswers answers = new JsonAnswers(json);
    List<Object> resources =
        List.of(
            new GroupsResource(search, store, parameters, ref, json, writes),
            new ImportResource(editorial),
            new ReferenceDataResource(ref, messages, answers),
            new ContactPointsResource(store, ref, writes, answers),
            new DistrictOfficesResource(store, ref, writes, answers),
            new SuggestResource(search, answers),
            new CoverageResource(coverage, new CoverageParameters(ref), answers, messages),
            new HealthResource(readiness, groupCount),
            new AdminResource(reindexer),
            new GroupCalendarResource(store, calendar),
            new KommuneCalendarResource(search, store, ref, calendar),
            new HsdsResource(new HsdsCatalogue(store, ref, Clock.systemUTC())),
            new EditorialResource(editorial, writes),
            new ImportJobsResource(editorial, jobs),
            new JobsResource(jobs),
            new ConsistencyResource(consistency));
    Set<Object> all = new HashSet<>(resources);
    all.addAll(
        List.of(
            new StillLinkedMapper(),
            new ItemsChangedMapper(),
            new ImportQueueFullMapper(),
            new JsonConfig(json),
            new AdminAuthFilter(tokens),
            new ReadinessFilter(readiness, messages),
            new CorsFilter(),
            new InvalidInputMapper(),
            new WebApplicationExceptionMapper(resources, messages),
            new UnexpectedExceptionMapper()));
    this.singletons = Set.copyOf(all);
  }

  @Override
  public Set<Object> getSingletons() {
    return singletons;
  }
}
