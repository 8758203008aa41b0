package no.selvhjelp.finder.api;

import java.time.Instant;
import java.util.List;

/**
 * One stored version of an item: its JCR version name, when it was checked in, the editor who wrote
 * it, and which fields differ from the version before (every field set, for the first).
 */
public record HistoryEntry(String version, Instant when, String who, List<String> changedFields) {
  public HistoryEntry {
    changedFields = List.copyOf(changedFields);
  }
}
