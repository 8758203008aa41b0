package no.selvhjelp.finder.editorial;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.ImportProgress;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.ItemType;
import no.selvhjelp.finder.api.ItemsChangedException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.ProblemList;
import no.selvhjelp.finder.api.StaleItem;
import no.selvhjelp.finder.content.ImportReader;
import no.selvhjelp.finder.content.ImportService;
import no.selvhjelp.finder.content.JsonBodies;
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
   * Makes a conditional write's check and its save one step: PUT, PATCH and DELETE with a
   * precondition, and an import that gives item versions. Other imports do not take it: they are
   * not conditional, and the store serialises saves anyway.
   */
  private final Object writeLock = new Object();

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

  /** What a PUT or PATCH did: whether the item is new, and the item as stored (derived fields). */
  public record Written(boolean created, Current item) {}

  /**
   * An item as stored, with what a conditional write compares: a strong entity tag of its JSON, and
   * when its newest version was saved (null if the repository kept none).
   */
  public record Current(JsonNode item, String etag, Instant lastModified) {}

  /**
   * Decides, given the item as it is now (empty if there is none), whether a write may go on; it
   * refuses by throwing. It runs under the same lock as the write, so nothing can change between.
   */
  public interface Precondition {
    void check(Optional<Current> current);

    Precondition NONE = current -> {};
  }

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

  /** The item with its entity tag and last change, for reads that support conditional writes. */
  public Optional<Current> current(ItemType type, String id) {
    return item(type, id)
        .map(
            item ->
                new Current(
                    item,
                    etag(item),
                    store
                        .history(type, id)
                        .flatMap(h -> h.stream().findFirst())
                        .map(HistoryEntry::when)
                        .orElse(null)));
  }

  /**
   * Creates or replaces one item with the import's validation. The body's id may be left out; if
   * present it must be the path's.
   */
  public Written put(
      ItemType type, String id, JsonNode body, String editor, Precondition precondition) {
    String failure = failure("update", type, id);
    ObjectNode item = itemBody(type, id, body, failure);
    synchronized (writeLock) {
      Optional<Current> before = current(type, id);
      precondition.check(before);
      store(type, item, editor, failure);
      return new Written(before.isEmpty(), current(type, id).orElseThrow());
    }
  }

  /** An unconditional PUT. */
  public Written put(ItemType type, String id, JsonNode body, String editor) {
    return put(type, id, body, editor, Precondition.NONE);
  }

  /**
   * Changes the fields a JSON Merge Patch (RFC 7396) names and keeps the others; the result is
   * validated like a PUT. Empty if there is no such item: a patch changes, it does not create.
   * Coordinates derived from a postnummer or kommune are derived again when the patch moves the
   * item and gives no coordinates of its own.
   */
  public Optional<Written> patch(
      ItemType type, String id, JsonNode patch, String editor, Precondition precondition) {
    String failure = failure("patch", type, id);
    if (patch == null || !patch.isObject()) {
      throw invalid(failure, type, null, "the body must be one JSON object: the fields to change");
    }
    JsonNode patchId = patch.get("id");
    if (patchId != null && !id.equals(patchId.asText())) {
      throw invalid(failure, type, "id", "cannot be changed ('" + id + "'); leave it out");
    }
    synchronized (writeLock) {
      Optional<Current> before = current(type, id);
      precondition.check(before);
      if (before.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode patched = (ObjectNode) MergePatch.apply(before.get().item(), patch);
      boolean moves =
          patch.has("postnummer") || patch.has("kommunenummer") || patch.has("kommuner");
      if (moves && !patch.has("lat") && !patch.has("lon")) {
        patched.remove(List.of("lat", "lon"));
      }
      store(type, patched, editor, failure);
      return Optional.of(new Written(false, current(type, id).orElseThrow()));
    }
  }

  /** False if there was no such item; 409 (StillLinkedException) while others link to it. */
  public boolean delete(ItemType type, String id, Precondition precondition) {
    synchronized (writeLock) {
      precondition.check(current(type, id));
      return store.delete(type, id);
    }
  }

  public boolean delete(ItemType type, String id) {
    return delete(type, id, Precondition.NONE);
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
   * Writes every item, published or not, in exactly the import body's format, each with the {@code
   * version} an import of it may be based on, streaming groups as they are read so that a large
   * export neither waits nor holds everything in memory.
   */
  public void exportJson(OutputStream out) throws IOException {
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart(ItemType.DISTRICT_OFFICE.importKey());
      for (Object o : store.districtOffices()) {
        g.writeTree(versioned(o));
      }
      g.writeEndArray();
      g.writeArrayFieldStart(ItemType.CONTACT_POINT.importKey());
      for (Object o : store.contactPoints()) {
        g.writeTree(versioned(o));
      }
      g.writeEndArray();
      g.writeArrayFieldStart(ItemType.GROUP.importKey());
      try {
        store.forEachGroup(
            group -> {
              try {
                g.writeTree(versioned(group));
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
   * checked before anything is stored; CSV problems name their line. Items that give the {@code
   * version} they were exported with must still have it when the import is stored: if any was
   * changed since, nothing is stored ({@link ItemsChangedException}, listing each).
   */
  public ImportCounts importBody(
      byte[] body, ItemType csvType, String editor, ImportProgress progress) {
    return importBody(body, csvType, null, editor, progress);
  }

  /**
   * As {@link #importBody(byte[], ItemType, String, ImportProgress)}, a CSV read in the charset its
   * request declares ({@code charset}, or null: see {@link CsvCodec#text}).
   */
  public ImportCounts importBody(
      byte[] body, ItemType csvType, String charset, String editor, ImportProgress progress) {
    if (body.length == 0) {
      throw invalidImport("the body is empty");
    }
    progress.phase("validating", 1);
    ProblemList problems = new ProblemList();
    JsonNode root;
    CsvCodec.Parsed parsed = null;
    if (csvType == null) {
      root = JsonBodies.read(json, body, ImportReader.INVALID, "{\"groups\":[...]}");
    } else {
      try {
        String text = CsvCodec.text(body, charset);
        parsed = csv.read(store.definition(csvType), csvType.importKey(), text, problems);
      } catch (IOException e) {
        throw invalidImport("the CSV could not be read");
      }
      root = parsed.body();
    }
    // The file's own problems and the content's, in one answer.
    ProblemList content = new ProblemList();
    BaseVersions versions = BaseVersions.take(root, content);
    ImportBatch batch = imports.validate(root, content);
    problems.addAll(lined(parsed, content.listed()), content.total() - content.listed().size());
    problems.throwIfAny(ImportReader.INVALID);
    progress.step();
    if (versions.isEmpty()) {
      return imports.store(batch, editor, progress);
    }
    // The same lock as a conditional PUT's: no write of ours comes between the check and the save.
    synchronized (writeLock) {
      ProblemList changed = changedSince(versions, imports.completed(batch));
      if (!changed.isEmpty()) {
        throw new ItemsChangedException(
            "Changed since the version this import is based on: nothing was stored. Export again"
                + " (or read those items) and make your changes to their current version",
            lined(parsed, changed.listed()),
            changed.total() - changed.listed().size());
      }
      return imports.store(batch, editor, progress);
    }
  }

  /**
   * The items whose stored version is neither the one given nor what the import would store (so
   * that importing the same file twice is not a conflict with itself). An item that is not stored
   * is created, as a restore into an empty server creates it: a version guards changes, not
   * deletions.
   */
  private ProblemList changedSince(BaseVersions versions, ImportBatch batch) {
    ProblemList changed = new ProblemList();
    for (BaseVersions.Given given : versions.given()) {
      Optional<String> now = item(given.type(), given.id()).map(this::etag);
      if (now.isEmpty()
          || now.get().equals(given.version())
          || now.get().equals(etag(json.valueToTree(itemOf(batch, given))))) {
        continue;
      }
      changed.add(
          new Problem(
              given.type().importKey(),
              given.index(),
              BaseVersions.FIELD,
              "'"
                  + given.id()
                  + "' was changed since version "
                  + given.version()
                  + "; it is now "
                  + now.get()));
    }
    return changed;
  }

  /** A validated batch holds every item of the body, in the body's order. */
  private static Object itemOf(ImportBatch batch, BaseVersions.Given given) {
    return switch (given.type()) {
      case GROUP -> batch.groups().get(given.index());
      case CONTACT_POINT -> batch.contactPoints().get(given.index());
      case DISTRICT_OFFICE -> batch.districtOffices().get(given.index());
    };
  }

  private static List<Problem> lined(CsvCodec.Parsed parsed, List<Problem> problems) {
    return parsed == null ? problems : parsed.withLines(problems);
  }

  /** The item as the export writes it: its JSON and the version an import may be based on. */
  private ObjectNode versioned(Object record) {
    ObjectNode tree = json.valueToTree(record);
    String version = etag(tree);
    tree.put(BaseVersions.FIELD, version);
    return tree;
  }

  private Consumer<Consumer<JsonNode>> each(ItemType type) {
    return sink -> {
      switch (type) {
        case GROUP -> store.forEachGroup(g -> sink.accept(versioned(g)));
        case CONTACT_POINT -> store.contactPoints().forEach(c -> sink.accept(versioned(c)));
        case DISTRICT_OFFICE -> store.districtOffices().forEach(d -> sink.accept(versioned(d)));
      }
    };
  }

  private void store(ItemType type, JsonNode item, String editor, String failure) {
    ObjectNode root = json.createObjectNode();
    root.putArray(type.importKey()).add(item);
    try {
      imports.importJson(root, editor, ImportProgress.NONE);
    } catch (InvalidInputException e) {
      throw e.withMessage(failure);
    }
  }

  private void store(ItemType type, JsonNode item, String editor) {
    store(type, item, editor, "Invalid " + type.pathSegment() + ": nothing was stored");
  }

  private ObjectNode itemBody(ItemType type, String id, JsonNode body, String failure) {
    if (body == null || !body.isObject()) {
      throw invalid(failure, type, null, "the body must be one JSON object: the item");
    }
    ObjectNode item = ((ObjectNode) body).deepCopy();
    JsonNode bodyId = item.get("id");
    if (bodyId == null || bodyId.isNull()) {
      item.put("id", id);
    } else if (!id.equals(bodyId.asText())) {
      throw invalid(
          failure, type, "id", "must equal the id in the path ('" + id + "') or be left out");
    }
    return item;
  }

  /** The sentence of a failed write, naming the operation and the item. */
  public static String failure(String operation, ItemType type, String id) {
    return "Invalid " + operation + " of " + type.pathSegment() + "/" + id + ": nothing was stored";
  }

  /** A strong tag of the item's JSON: equal tags mean equal items. */
  private String etag(JsonNode item) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(item));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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

  private static InvalidInputException invalid(
      String failure, ItemType type, String field, String message) {
    return new InvalidInputException(
        failure, List.of(new Problem(type.importKey(), 0, field, message)));
  }

  private static InvalidInputException invalidImport(String message) {
    return new InvalidInputException(
        "Invalid import: nothing was stored", List.of(new Problem(null, null, null, message)));
  }
}
