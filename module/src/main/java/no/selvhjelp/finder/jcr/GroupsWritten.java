package no.selvhjelp.finder.jcr;

import java.util.List;

/** Told, after a successful save, which groups the store just wrote or deleted. */
@FunctionalInterface
public interface GroupsWritten {
  void afterSave(List<String> groupIds);

  GroupsWritten NOTHING = ids -> {};
}
