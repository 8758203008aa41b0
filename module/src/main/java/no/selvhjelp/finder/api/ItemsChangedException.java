package no.selvhjelp.finder.api;

import java.util.List;

/**
 * An import gave, for some items, the version it was based on (the export's {@code version}), and
 * those items were changed since; nothing was stored. Lists every such item, so the editor can
 * export again and redo exactly those. An {@link InvalidInputException}, so that whatever reports a
 * failed import (a background job's errors) reports this one too.
 */
public class ItemsChangedException extends InvalidInputException {
  public ItemsChangedException(String message, List<Problem> problems, int omitted) {
    super(message, problems, omitted);
  }
}
