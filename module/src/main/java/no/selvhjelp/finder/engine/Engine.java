package no.selvhjelp.finder.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.jcr.RepositoryException;
import javax.jcr.observation.EventListener;
import no.selvhjelp.finder.api.CoverageService;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.ImportReader;
import no.selvhjelp.finder.content.ImportService;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.editorial.CsvCodec;
import no.selvhjelp.finder.editorial.EditorialService;
import no.selvhjelp.finder.editorial.ImportJobs;
import no.selvhjelp.finder.index.Analysis;
import no.selvhjelp.finder.index.EventMerger;
import no.selvhjelp.finder.index.GroupDocuments;
import no.selvhjelp.finder.index.GroupIndex;
import no.selvhjelp.finder.index.IndexChange;
import no.selvhjelp.finder.index.IndexConsistency;
import no.selvhjelp.finder.index.IndexUpdater;
import no.selvhjelp.finder.index.JcrIndexListener;
import no.selvhjelp.finder.index.Reindexer;
import no.selvhjelp.finder.jcr.JcrContentStore;
import no.selvhjelp.finder.jcr.JcrGroupSearch;
import no.selvhjelp.finder.jcr.JcrSessions;
import no.selvhjelp.finder.jcr.NodeMapper;
import no.selvhjelp.finder.rest.Readiness;
import no.selvhjelp.finder.rest.RestApplication;
import no.selvhjelp.finder.rest.TokenVerifier;
import no.selvhjelp.finder.search.GroupSuggester;
import no.selvhjelp.finder.search.LuceneCoverage;
import no.selvhjelp.finder.search.LuceneGroupSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the host-neutral engine: given a way to open JCR sessions and a place for
 * the index, it builds the store, the Lucene search with its JCR sync, the import, and the REST
 * application over them. Each host (the standalone server, the Magnolia adapter) creates one, calls
 * {@link #start()}, and closes it on shutdown.
 */
public final class Engine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private static final long SUGGESTER_DELAY_MS = 2_000;

  /** Editors work in Norway: "today" for lastVerified and stale ages is Oslo's. */
  public static final ZoneId EDITORS_ZONE = ZoneId.of("Europe/Oslo");

  private final JcrSessions sessions;
  private final ReferenceData referenceData;
  private final ContentModel model;
  private final Messages messages;
  private final ObjectMapper json;
  private final JcrContentStore store;
  private final JcrGroupSearch baseline;
  private final ImportService imports;
  private final GroupIndex index;
  private final GroupSuggester suggester;
  private final LuceneGroupSearch search;
  private final LuceneCoverage coverage;
  private final IndexUpdater updater;
  private final Reindexer reindexer;
  private final EditorialService editorial;
  private final ImportJobs jobs;
  private final ScheduledExecutorService scheduler;
  private final AtomicReference<ScheduledFuture<?>> pendingSuggest = new AtomicReference<>();
  private AutoCloseable registration;

  /**
   * How a host subscribes the engine's listener to changes under a path of the content workspace.
   * The standalone host uses plain JCR observation ({@link JcrIndexListener#register}); Magnolia
   * registers through its own observation API. The returned handle unregisters.
   */
  @FunctionalInterface
  public interface ChangeObservation {
    AutoCloseable observe(EventListener listener, String rootPath) throws RepositoryException;
  }

  /**
   * @param indexDir where the index lives ({@code <data>/index}); null keeps it in memory
   */
  public Engine(JcrSessions sessions, Path indexDir) throws IOException {
    this(sessions, indexDir, LuceneGroupSearch.DEFAULT_CACHE);
  }

  /**
   * @param indexDir where the index lives ({@code <data>/index}); null keeps it in memory
   * @param searchCache answers kept for repeated searches on an unchanged index; 0 = none
   */
  public Engine(JcrSessions sessions, Path indexDir, int searchCache) throws IOException {
    this.sessions = sessions;
    this.referenceData = ReferenceData.load();
    this.model = ContentModel.load();
    this.messages = Messages.load();
    this.json = Json.newMapper();
    this.store = new JcrContentStore(sessions, model, new NodeMapper(json), this::indexNow);
    this.baseline = new JcrGroupSearch(sessions, model, referenceData);
    this.imports =
        new ImportService(new ImportReader(model, referenceData, json), store, referenceData);
    GroupDocuments documents =
        new GroupDocuments(referenceData, messages, GroupDocuments.facetsConfig());
    this.index =
        GroupIndex.open(indexDir, new Analysis(), documents, GroupDocuments.facetsConfig());
    this.suggester = new GroupSuggester(store, referenceData, messages);
    this.search = new LuceneGroupSearch(index, referenceData, suggester, searchCache);
    // The search cache setting covers coverage too: off means every answer is computed
    // (benchmarks).
    this.coverage =
        new LuceneCoverage(
            index, referenceData, searchCache == 0 ? 0 : LuceneCoverage.DEFAULT_CACHE);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "selvhjelp-suggester");
              t.setDaemon(true);
              return t;
            });
    this.updater = new IndexUpdater(index, store, this::contentChanged);
    this.reindexer = new Reindexer(index, store);
    Clock clock = Clock.system(EDITORS_ZONE);
    this.editorial = new EditorialService(store, imports, new CsvCodec(json), json, clock);
    this.jobs = new ImportJobs(clock);
  }

  /** In-memory index: for tests and benchmarks. */
  public Engine(JcrSessions sessions) throws IOException {
    this(sessions, null);
  }

  /**
   * Prepares the repository, starts listening for changes, and brings the index level with the
   * repository: a full rebuild when it was missing, corrupt or of an older schema, otherwise a
   * reconcile by content hash (which repairs what a crash left unindexed). Listening starts first,
   * so a change made meanwhile is applied afterwards rather than lost.
   */
  public Engine start() throws IOException {
    return start((listener, rootPath) -> JcrIndexListener.register(sessions, listener, rootPath));
  }

  /** As {@link #start()}, with the host's own way of observing the repository. */
  public Engine start(ChangeObservation observation) throws IOException {
    store.initialise();
    try {
      registration =
          observation.observe(
              new JcrIndexListener(
                  new EventMerger(model.group().rootPath()), updater, JcrContentStore.USER_DATA),
              model.group().rootPath());
    } catch (RepositoryException e) {
      throw new IOException("Cannot listen for repository changes", e);
    }
    updater.start();
    if (index.needsRebuild()) {
      index.rebuild(store, new AtomicLong());
    } else {
      int repaired = index.reconcile(store);
      if (repaired > 0) {
        LOG.info(
            "Reconciled the index with the repository: {} groups re-indexed or removed", repaired);
      }
    }
    suggester.rebuild();
    return this;
  }

  /** Prepares the repository only (node types, folders); for hosts and tests that need no index. */
  public Engine initialise() {
    store.initialise();
    return this;
  }

  /** Makes the index equal to the repository now (after a bulk load, before declaring ready). */
  public int syncIndex() throws IOException {
    int changed = index.reconcile(store);
    suggester.rebuild();
    return changed;
  }

  /**
   * Indexes what the store just saved, on the writer's thread, so that an import's 200 means the
   * content is searchable. If that fails, the indexer thread gets the ids and retries.
   */
  private void indexNow(List<String> groupIds) {
    List<IndexChange> changes =
        groupIds.stream().map(id -> new IndexChange(id, IndexChange.Kind.CHANGE)).toList();
    try {
      index.apply(changes, store::group);
      contentChanged();
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Indexing {} saved groups failed ({}); the indexer will retry",
          groupIds.size(),
          e.toString());
      updater.submit(changes);
    }
  }

  /** Content changed: rebuild the suggester soon, once for a burst of changes. */
  private void contentChanged() {
    ScheduledFuture<?> next =
        scheduler.schedule(suggester::rebuild, SUGGESTER_DELAY_MS, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> previous = pendingSuggest.getAndSet(next);
    if (previous != null) {
      previous.cancel(false);
    }
  }

  public RestApplication restApplication(TokenVerifier tokens, Readiness readiness) {
    return new RestApplication(
        store,
        search,
        referenceData,
        messages,
        tokens,
        readiness,
        this::indexedGroups,
        reindexer,
        json,
        editorial,
        jobs,
        consistency(),
        coverage);
  }

  /** The groups the search index holds: what {@code /health} reports, at no repository cost. */
  private long indexedGroups() {
    try {
      return index.size();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the index's size", e);
    }
  }

  public ReferenceData referenceData() {
    return referenceData;
  }

  public ContentModel model() {
    return model;
  }

  /** The UI texts, for hosts that render pages (see the render package). */
  public Messages messages() {
    return messages;
  }

  public ObjectMapper json() {
    return json;
  }

  public JcrContentStore store() {
    return store;
  }

  /** Where there are groups and where there are none, from the same index as search. */
  public CoverageService coverage() {
    return coverage;
  }

  /** The Lucene search that serves the API. */
  public GroupSearch search() {
    return search;
  }

  /**
   * The JCR-SQL2 reference search, kept as the baseline that relevance and speed are measured
   * against.
   */
  public GroupSearch baselineSearch() {
    return baseline;
  }

  /** The background import queue ({@code POST /api/v1/admin/imports}). */
  public ImportJobs importJobs() {
    return jobs;
  }

  public ImportService imports() {
    return imports;
  }

  public GroupIndex index() {
    return index;
  }

  /** Does the index equal the repository? Built per call: it holds nothing but the two. */
  public IndexConsistency consistency() {
    return new IndexConsistency(index, store);
  }

  public EditorialService editorial() {
    return editorial;
  }

  public Reindexer reindexer() {
    return reindexer;
  }

  public IndexUpdater updater() {
    return updater;
  }

  /**
   * Closes in reverse order of start: finish a running import job, stop listening, drain the
   * indexer, then the index.
   */
  @Override
  public void close() throws Exception {
    jobs.close();
    if (registration != null) {
      registration.close();
    }
    updater.close();
    scheduler.shutdownNow();
    // A suggester rebuild in flight reads JCR and writes the suggester's directory: let it finish
    // before both go away, or it fails against a closed session.
    // Bounded, so a hung read cannot block shutdown; the closes below then fail that read.
    boolean stopped = scheduler.awaitTermination(60, TimeUnit.SECONDS);
    assert stopped : "suggester thread still running after 60 s";
    suggester.close();
    index.close();
  }
}
