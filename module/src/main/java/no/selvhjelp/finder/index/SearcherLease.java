package no.selvhjelp.finder.index;

import java.io.IOException;

/** A searcher borrowed from the live index; closing it gives it back. */
public interface SearcherLease extends AutoCloseable {
  GroupSearcher searcher();

  @Override
  void close() throws IOException;
}
