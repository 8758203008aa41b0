package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.hsds.Hsds;
import no.selvhjelp.finder.hsds.HsdsCatalogue;

/**
 * {@code /api/hsds/v3}: the Open Referral HSDS 3.0 API over published content, read-only, with the
 * paths, paging and response shapes of HSDS 3.0's openapi.json. Mapping: docs/hsds.md.
 */
@Path("api/hsds/v3")
@Produces(MediaType.APPLICATION_JSON)
public final class HsdsResource {
  public static final String HSDS_VERSION = "3.0";
  public static final String HSDS_OPENAPI =
      "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
  public static final int DEFAULT_PER_PAGE = 50;
  public static final int MAX_PER_PAGE = 100;

  private final HsdsCatalogue catalogue;

  public HsdsResource(HsdsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  public Hsds.ApiInfo info() {
    return new Hsds.ApiInfo(HSDS_VERSION, null, HSDS_OPENAPI);
  }

  @GET
  @Path("services")
  public Hsds.Page<Hsds.Service> services(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    Paging paging = Paging.parse(page, perPage);
    return paging.of(catalogue.snapshot().serviceList());
  }

  @GET
  @Path("services/{id}")
  public Hsds.Service service(@PathParam("id") String id) {
    return found(id, catalogue.snapshot()::service);
  }

  @GET
  @Path("organizations")
  public Hsds.Page<Hsds.Organization> organizations(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    Paging paging = Paging.parse(page, perPage);
    return paging.of(catalogue.snapshot().organizationList());
  }

  @GET
  @Path("organizations/{id}")
  public Hsds.Organization organization(@PathParam("id") String id) {
    return found(id, catalogue.snapshot()::organization);
  }

  @GET
  @Path("service_at_locations")
  public Hsds.Page<Hsds.ServiceAtLocation> serviceAtLocations(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    Paging paging = Paging.parse(page, perPage);
    return paging.of(catalogue.snapshot().serviceAtLocationList());
  }

  @GET
  @Path("service_at_locations/{id}")
  public Hsds.ServiceAtLocation serviceAtLocation(@PathParam("id") String id) {
    return found(id, catalogue.snapshot()::serviceAtLocation);
  }

  private static <T> T found(String id, Function<String, Optional<T>> lookup) {
    String uuid;
    try {
      uuid = UUID.fromString(id).toString();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Invalid id", List.of(Problem.ofParameter("id", "must be a UUID, as HSDS ids are")));
    }
    return lookup.apply(uuid).orElseThrow(NotFoundException::new);
  }

  /** HSDS's page and per_page, checked: numbers from 1, per_page at most 100. */
  record Paging(int page, int perPage) {
    static Paging parse(String page, String perPage) {
      List<Problem> problems = new ArrayList<>();
      int p = number(page, "page", 1, SearchParameters.MAX_PAGE, 1, problems);
      int n = number(perPage, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, problems);
      if (!problems.isEmpty()) {
        throw new InvalidInputException("Invalid paging parameters", problems);
      }
      return new Paging(p, n);
    }

    private static int number(
        String value, String name, int min, int max, int otherwise, List<Problem> problems) {
      if (value == null) {
        return otherwise;
      }
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(Problem.ofParameter(name, "must be a number from " + min + " to " + max));
      return otherwise;
    }

    <T> Hsds.Page<T> of(List<T> all) {
      long total = all.size();
      long pages = (total + perPage - 1) / perPage;
      int from = (int) Math.min(total, (long) (page - 1) * perPage);
      int to = (int) Math.min(total, (long) from + perPage);
      List<T> contents = all.subList(from, to);
      return new Hsds.Page<>(
          total,
          pages,
          page,
          contents.size(),
          page == 1,
          page >= pages,
          contents.isEmpty(),
          List.copyOf(contents));
    }
  }
}
