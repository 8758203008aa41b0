package no.selvhjelp.finder.editorial;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.StaleItem;
import no.selvhjelp.finder.content.ImportService;
import no.selvhjelp.finder.jcr.JcrContentStore;

/**
 * What editors do to single items and to the whole content, host-neutral: create or replace,
 * delete, publish, mark verified, find stale items, read history, export and import as JSON or CSV.
 * Every write goes through the import's validation and its one-save store, so an item written here
 * is exactly as valid as an imported one, and a failed write changes nothing.
 */
public final class EditorialService {
  private final JcrContentStore store;
  private final ImportService imports;
  private final CsvCodec csv;
  private final ObjectMapper json;
  private final Clock clock;

  /**
   * @param clock in the editors' zone (Europe/Oslo): "today" for verification and stale ages
   */
  public EditorialService(
      JcrContentStore store, ImportService imports, CsvCodec csv, ObjectMapper json, Clock clock) {
    this.store = store;
    this.imports = imports;
    this.csv = csv;
    this.json = json;
    this.clock = clock;
  }

  /** What a PUT did: whether the item is new, and the item as stored (derived fields included). */
  public record Written(boolean created, JsonNode item) {}

  /** Any item, published or not, as the export writes it. */
  public Optional<JsonNode> item(ItemType type, String id) {
    Optional<?> record =
        switch (type) {
          case GROUP -> store.group(id);
          case CONTACT_POINT -> store.contactPoint(id);
          case DISTRICT_OFFICE -> store.districtOffice(id);
        };
    return record.map(json::valueToTree);
  }

  /**
   * Creates or replaces one item with the import's validation. The body's id may be left out; if
   * present it must be the path's.
   */
  public Written put(ItemType type, String id, JsonNode body, String editor) {
    if (body == null || !body.isObject()) {
      throw invalid(type, null, "the body must be one JSON object: the " + type.pathSegment());
    }
    ObjectNode item = ((ObjectNode) body).deepCopy();
    JsonNode bodyId = item.get("id");
    if (bodyId == null || bodyId.isNull()) {
      item.put("id", id);
    } else if (!id.equals(bodyId.asText())) {
      throw invalid(type, "id", "must equal the id in the path ('" + id + "') or be left out");
    }
    boolean existed = item(type, id).isPresent();
    store(type, item, editor);
    return new Written(!existed, item(type, id).orElseThrow());
  }

  public boolean delete(ItemType type, String id) {
    return store.delete(type, id);
  }

  public Optional<List<HistoryEntry>> history(ItemType type, String id) {
    return store.history(type, id);
  }

  /** Only groups carry a published flag; unpublished groups vanish from public reads and search. */
  public Optional<JsonNode> setPublished(
      ItemType type, String id, boolean published, String editor) {
    requireGroup(type, "published flag");
    return store
        .group(id)
        .map(
            g -> {
              store(type, json.valueToTree(g.withPublished(published)), editor);
              return item(type, id).orElseThrow();
            });
  }

  /** Sets a group's lastVerified to today in the editors' zone. */
  public Optional<JsonNode> markVerified(ItemType type, String id, String editor) {
    requireGroup(type, "lastVerified date");
    return store
        .group(id)
        .map(
            g -> {
              ObjectNode tree = json.valueToTree(g);
              tree.put("lastVerified", LocalDate.now(clock).toString());
              store(type, tree, editor);
              return item(type, id).orElseThrow();
            });
  }

  /**
   * Groups not verified within {@code olderThanDays} days, or never: never-verified first, then
   * oldest first. Contact points and district offices have no lastVerified, so they are not listed.
   */
  public List<StaleItem> stale(int olderThanDays) {
    LocalDate today = LocalDate.now(clock);
    LocalDate limit = today.minusDays(olderThanDays);
    List<StaleItem> stale = new ArrayList<>();
    store.forEachGroup(
        g -> {
          LocalDate verified = g.lastVerified();
          if (verified == null || verified.isBefore(limit)) {
            stale.add(
                new StaleItem(
                    ItemType.GROUP.pathSegment(),
                    g.id(),
                    g.title(),
                    verified,
                    verified == null ? null : ChronoUnit.DAYS.between(verified, today)));
          }
        });
    stale.sort(
        Comparator.comparing(
                StaleItem::lastVerified, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StaleItem::id));
    return stale;
  }

  /** How many items an export of every type will hold, for clients that show progress. */
  public long itemCount() {
    return store.groupCount() + store.contactPoints().size() + store.districtOffices().size();
  }

  public long itemCount(ItemType type) {
    return switch (type) {
      case GROUP -> store.groupCount();
      case CONTACT_POINT -> store.contactPoints().size();
      case DISTRICT_OFFICE -> store.districtOffices().size();
    };
  }

  /**
   * Writes every item, published or not, in exactly the import body's format, streaming groups as
   * they are read so that a large export neither waits nor holds everything in memory.
   */
  public void exportJson(OutputStream out) throws IOException {
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart(ItemType.DISTRICT_OFFICE.importKey());
      for (Object o : store.districtOffices()) {
        g.writeObject(o);
      }
      g.writeEndArray();
      g.writeArrayFieldStart(ItemType.CONTACT_POINT.importKey());
      for (Object o : store.contactPoints()) {
        g.writeObject(o);
      }
      g.writeEndArray();
      g.writeArrayFieldStart(ItemType.GROUP.importKey());
      try {
        store.forEachGroup(
            group -> {
              try {
                g.writeObject(group);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** One type as CSV (see {@link CsvCodec} for columns, lists and formula neutralisation). */
  public void exportCsv(ItemType type, Writer out) throws IOException {
    csv.write(store.definition(type), each(type), out);
  }

  /**
   * Imports a JSON body (the import format) or a CSV of one type. Syntax, cells and content are all
   * checked before anything is stored; CSV problems name their line.
   */
  public ImportCounts importBody(
      byte[] body, ItemType csvType, String editor, ImportProgress progress) {
    if (body.length == 0) {
      throw invalidImport("the body is empty");
    }
    if (csvType == null) {
      return imports.importJson(parseJson(body), editor, progress);
    }
    CsvCodec.Parsed parsed;
    try (Reader reader = CsvCodec.reader(body)) {
      parsed = csv.read(store.definition(csvType), csvType.importKey(), reader);
    } catch (IOException e) {
      throw invalidImport("the CSV could not be read: " + e.getMessage());
    }
    try {
      return imports.importJson(parsed.body(), editor, progress);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.getMessage(), parsed.withLines(e.problems()));
    }
  }

  private JsonNode parseJson(byte[] body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw invalidImport("the body is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Consumer<Consumer<JsonNode>> each(ItemType type) {
    return sink -> {
      switch (type) {
        case GROUP -> store.forEachGroup(g -> sink.accept(json.valueToTree(g)));
        case CONTACT_POINT -> store.contactPoints().forEach(c -> sink.accept(json.valueToTree(c)));
        case DISTRICT_OFFICE ->
            store.districtOffices().forEach(d -> sink.accept(json.valueToTree(d)));
      }
    };
  }

  private void store(ItemType type, JsonNode item, String editor) {
    ObjectNode root = json.createObjectNode();
    root.putArray(type.importKey()).add(item);
    imports.importJson(root, editor, ImportProgress.NONE);
  }

  private static void requireGroup(ItemType type, String what) {
    if (type != ItemType.GROUP) {
      throw new InvalidInputException(
          "Not applicable",
          List.of(
              Problem.ofParameter(
                  "type", "only groups have a " + what + "; " + type.pathSegment() + " do not")));
    }
  }

  private static InvalidInputException invalid(ItemType type, String field, String message) {
    return new InvalidInputException(
        "Invalid " + type.pathSegment() + ": nothing was stored",
        List.of(new Problem(type.importKey(), 0, field, message)));
  }

  private static InvalidInputException invalidImport(String message) {
    return new InvalidInputException(
        "Invalid import: nothing was stored", List.of(new Problem(null, null, null, message)));
  }
}
