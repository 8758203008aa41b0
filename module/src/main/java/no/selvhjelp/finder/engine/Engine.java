package no.selvhjelp.finder.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.content.ContentModel;
import no.selvhjelp.finder.content.ImportReader;
import no.selvhjelp.finder.content.ImportService;
import no.selvhjelp.finder.content.Json;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.jcr.JcrContentStore;
import no.selvhjelp.finder.jcr.JcrGroupSearch;
import no.selvhjelp.finder.jcr.JcrSessions;
import no.selvhjelp.finder.jcr.NodeMapper;
import no.selvhjelp.finder.rest.Readiness;
import no.selvhjelp.finder.rest.RestApplication;
import no.selvhjelp.finder.rest.TokenVerifier;

/**
 * The composition root of the host-neutral engine: given a way to open JCR sessions, it builds the
 * store, the search and the import, and the REST application over them. Each host (the standalone
 * server, the Magnolia adapter) creates one and owns its lifecycle.
 */
public final class Engine {
  private final ReferenceData referenceData;
  private final ContentModel model;
  private final Messages messages;
  private final ObjectMapper json;
  private final JcrContentStore store;
  private final GroupSearch search;
  private final ImportService imports;

  public Engine(JcrSessions sessions) {
    this.referenceData = ReferenceData.load();
    this.model = ContentModel.load();
    this.messages = Messages.load();
    this.json = Json.newMapper();
    this.store = new JcrContentStore(sessions, model, new NodeMapper(json));
    this.search = new JcrGroupSearch(sessions, model, referenceData);
    this.imports =
        new ImportService(new ImportReader(model, referenceData, json), store, referenceData);
  }

  /** Prepares the repository (node types, folders); idempotent. */
  public Engine initialise() {
    store.initialise();
    return this;
  }

  public RestApplication restApplication(TokenVerifier tokens, Readiness readiness) {
    return new RestApplication(
        store, search, imports, referenceData, messages, tokens, readiness, json);
  }

  public ReferenceData referenceData() {
    return referenceData;
  }

  public ContentModel model() {
    return model;
  }

  public ObjectMapper json() {
    return json;
  }

  public JcrContentStore store() {
    return store;
  }

  public GroupSearch search() {
    return search;
  }

  public ImportService imports() {
    return imports;
  }
}
