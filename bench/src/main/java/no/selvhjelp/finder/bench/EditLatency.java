package no.selvhjelp.finder.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.jcr.JcrSessions;

/**
 * Edit-to-searchable: how long after a title changes until {@code engine.search()} returns the new
 * title. Two paths: an import (the engine indexes it before returning, so this is the import's own
 * time plus one search), and a save by another JCR session, as a Magnolia editor makes it, which
 * reaches the index through observation and the indexer thread. Each edit gives a title a word
 * found nowhere else, then the search is polled without pause until it finds that group under that
 * title: no sleeps, so the figure is not rounded up to a polling interval.
 */
final class EditLatency {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final long SEED = 7_357L;
  // Consonants only (no 's', which the stemmer strips): no dictionary word, no compound, no stem.
  private static final String LETTERS = "bcdfghjklmnpqrtvwxz";

  /** The samples, and how many edits were not searchable within {@link #TIMEOUT}. */
  record Result(Latency latency, int timeouts) {}

  private final Engine engine;
  private final List<Group> groups;
  private final List<Integer> order;
  private int next;

  EditLatency(Engine engine, List<Group> groups) {
    this.engine = engine;
    this.groups = groups;
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      indices.add(i);
    }
    Collections.shuffle(indices, new Random(SEED));
    this.order = indices; // each edit takes the next group, so no group is edited twice
  }

  Result viaImport(int edits) {
    long[] samples = new long[edits];
    int timeouts = 0;
    long start = System.nanoTime();
    for (int i = 0; i < edits; i++) {
      Group g = nextGroup();
      String token = token();
      String title = g.title() + " " + token;
      long t0 = System.nanoTime();
      engine
          .imports()
          .importBatch(new ImportBatch(null, null, List.of(SyntheticGroups.withTitle(g, title))));
      long elapsed = awaitSearchable(QueryMix.text(token), g.id(), title, t0);
      timeouts += elapsed < 0 ? 1 : 0;
      samples[i] = elapsed < 0 ? TIMEOUT.toNanos() : elapsed;
    }
    return new Result(Latency.of(samples, System.nanoTime() - start, -1), timeouts);
  }

  Result viaJcrSession(JcrSessions repository, int edits) throws RepositoryException {
    long[] samples = new long[edits];
    int timeouts = 0;
    String root = engine.model().group().rootPath();
    Session session = repository.login(); // the editor's own, long-lived session
    try {
      long start = System.nanoTime();
      for (int i = 0; i < edits; i++) {
        Group g = nextGroup();
        String token = token();
        String title = g.title() + " " + token;
        long t0 = System.nanoTime();
        session.getNode(root + "/" + g.id()).setProperty("title", title);
        session.save();
        long elapsed = awaitSearchable(QueryMix.text(token), g.id(), title, t0);
        timeouts += elapsed < 0 ? 1 : 0;
        samples[i] = elapsed < 0 ? TIMEOUT.toNanos() : elapsed;
      }
      return new Result(Latency.of(samples, System.nanoTime() - start, -1), timeouts);
    } finally {
      session.logout();
    }
  }

  /** Nanoseconds from t0 until the search shows the new title, or -1 after the timeout. */
  private long awaitSearchable(GroupQuery query, String id, String title, long t0) {
    GroupSearch search = engine.search();
    while (true) {
      for (GroupHit hit : search.search(query).hits()) {
        if (hit.id().equals(id) && title.equals(hit.title())) {
          return System.nanoTime() - t0;
        }
      }
      if (System.nanoTime() - t0 > TIMEOUT.toNanos()) {
        return -1;
      }
      Thread.onSpinWait();
    }
  }

  private Group nextGroup() {
    return groups.get(order.get(next++ % order.size()));
  }

  /** "zq" and the edit's number in consonants: unique, and a word to every analyzer. */
  private String token() {
    StringBuilder b = new StringBuilder("zq");
    int n = next; // nextGroup() ran first, so this is unique per edit
    for (int digit = 0; digit < 5; digit++) { // 19^5 edits before a repeat
      b.append(LETTERS.charAt(n % LETTERS.length()));
      n /= LETTERS.length();
    }
    return b.toString();
  }
}
