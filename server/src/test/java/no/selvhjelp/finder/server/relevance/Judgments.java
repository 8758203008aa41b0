package no.selvhjelp.finder.server.relevance;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.rest.SearchParameters;

/**
 * The judged query set, {@code src/test/resources/relevance/judgments.json}: queries a visitor
 * might type, with filters in the public API's parameter names, and graded judgments (0–3) of the
 * demo groups by id. Groups not listed are judged 0. See {@code docs/search-quality.md}.
 */
public final class Judgments {
  public static final String RESOURCE = "/relevance/judgments.json";

  /** Hits per query that are scored: nDCG@10 over a first page of 10. */
  public static final int CUTOFF = 10;

  /** The filter parameters a query may carry: those of {@code GET /api/v1/groups}. */
  public static final Set<String> PARAMS =
      Set.of("kommune", "fylke", "theme", "language", "format", "status", "postnummer", "sort");

  /** One judged query. {@code judgments} keeps the file's order (best first). */
  public record Query(
      String id,
      String category,
      String text,
      Map<String, List<String>> params,
      String why,
      Map<String, Integer> judgments) {
    public Query {
      params = Map.copyOf(params == null ? Map.of() : params);
      judgments =
          Collections.unmodifiableMap(
              new LinkedHashMap<>(judgments == null ? Map.of() : judgments));
    }

    /** The query string the API would get: {@code q}, the filters, and {@code size=10}. */
    public MultivaluedMap<String, String> queryParameters() {
      MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
      if (text != null && !text.isBlank()) {
        map.add("q", text);
      }
      params.forEach((name, values) -> values.forEach(v -> map.add(name, v)));
      map.add("size", String.valueOf(CUTOFF));
      return map;
    }

    /** The {@link GroupQuery} exactly as the API builds it from those parameters. */
    public GroupQuery toGroupQuery(ReferenceData referenceData) {
      return new SearchParameters(referenceData).parse(queryParameters());
    }

    /** Ids judged at least {@code grade}. */
    public Set<String> judgedAtLeast(int grade) {
      Set<String> ids = new HashSet<>();
      judgments.forEach(
          (id, g) -> {
            if (g >= grade) {
              ids.add(id);
            }
          });
      return ids;
    }
  }

  private final List<Query> queries;

  private Judgments(List<Query> queries) {
    this.queries = List.copyOf(queries);
  }

  /** The set on the test classpath. */
  public static Judgments load() {
    try (InputStream in = Judgments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and checks a judgments file; anything malformed fails here, loudly. */
  public static Judgments read(InputStream in) throws IOException {
    ObjectMapper json = Json.newMapper();
    // A group judged twice under one query is a mistake, not "the last one wins".
    json.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root = json.readTree(in);
    JsonNode list = root.get("queries");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("judgments file has no \"queries\" array");
    }
    List<Query> queries = json.convertValue(list, new TypeReference<List<Query>>() {});
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Query q : queries) {
      if (q.id() == null || !ids.add(q.id())) {
        problems.add("missing or repeated query id " + q.id());
      }
      if (q.category() == null || q.category().isBlank()) {
        problems.add(q.id() + ": no category");
      }
      // A list with a place and no words (a kommune's widget) is judged too; nothing at all is not.
      if ((q.text() == null || q.text().isBlank()) && q.params().isEmpty()) {
        problems.add(q.id() + ": no text and no filter");
      }
      if (q.judgments().isEmpty()) {
        problems.add(q.id() + ": no judgments");
      }
      q.params().keySet().stream()
          .filter(p -> !PARAMS.contains(p))
          .forEach(p -> problems.add(q.id() + ": unknown parameter " + p));
      q.judgments()
          .forEach(
              (id, grade) -> {
                if (grade == null || grade < 0 || grade > 3) {
                  problems.add(q.id() + ": grade of " + id + " is not 0-3: " + grade);
                }
              });
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad judgments: " + problems);
    }
    return new Judgments(queries);
  }

  public List<Query> queries() {
    return queries;
  }

  /** Categories in the order they first appear in the file. */
  public List<String> categories() {
    return queries.stream().map(Query::category).distinct().toList();
  }
}
