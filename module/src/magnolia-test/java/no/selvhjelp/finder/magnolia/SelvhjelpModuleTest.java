package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import info.magnolia.context.WebContext;
import info.magnolia.init.MagnoliaConfigurationProperties;
import info.magnolia.module.ModuleLifecycleContext;
import info.magnolia.observation.WorkspaceEventListenerRegistration;
import info.magnolia.repository.RepositoryManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventListener;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

/**
 * The Magnolia adapter's lifecycle against Mockito mocks of Magnolia's API (RepositoryManager,
 * MagnoliaConfigurationProperties, the static observation builder, WebContext) and a real in-memory
 * Jackrabbit behind the mocked repository manager: what the module asks Magnolia for, what it
 * registers, and that stop, restart and a failed start leave nothing open.
 */
class SelvhjelpModuleTest {
  @TempDir Path magnoliaHome;
  private InMemoryJackrabbit jackrabbit;
  private final List<Session> opened = new CopyOnWriteArrayList<>();
  private RepositoryManager repositories;
  private MagnoliaConfigurationProperties properties;
  private MockedStatic<WorkspaceEventListenerRegistration> observation;
  private WorkspaceEventListenerRegistration registration;
  private WorkspaceEventListenerRegistration.Handle handle;
  private final ModuleLifecycleContext context = mock(ModuleLifecycleContext.class);
  private SelvhjelpModule module;

  @BeforeEach
  void mockMagnolia() throws Exception {
    jackrabbit = new InMemoryJackrabbit();
    repositories = mock(RepositoryManager.class);
    when(repositories.getSystemSession(anyString()))
        .thenAnswer(
            call -> {
              Session session = jackrabbit.login();
              opened.add(session);
              return session;
            });
    properties = mock(MagnoliaConfigurationProperties.class);
    when(properties.getProperty("magnolia.home")).thenReturn(magnoliaHome.toString());
    registration = mock(WorkspaceEventListenerRegistration.class);
    handle = mock(WorkspaceEventListenerRegistration.Handle.class);
    when(registration.withSubNodes(anyBoolean())).thenReturn(registration);
    when(registration.withDelay(anyLong(), anyLong())).thenReturn(registration);
    when(registration.register()).thenReturn(handle);
    observation = mockStatic(WorkspaceEventListenerRegistration.class);
    observation
        .when(() -> WorkspaceEventListenerRegistration.observe(anyString(), anyString(), any()))
        .thenReturn(registration);
    module = new SelvhjelpModule(repositories, properties);
  }

  @AfterEach
  void stop() {
    module.stop(context);
    observation.close();
    jackrabbit.close();
  }

  @Test
  void startOpensTheIndexUnderMagnoliaHomeAndObservesTheGroupsOfTheSelvhjelpWorkspace()
      throws Exception {
    module.start(context);

    assertThat(magnoliaHome.resolve("selvhjelp/index")).isDirectory();
    verify(repositories, org.mockito.Mockito.atLeastOnce()).getSystemSession("selvhjelp");
    verify(repositories, never())
        .getSystemSession(org.mockito.ArgumentMatchers.argThat(w -> !"selvhjelp".equals(w)));
    observation.verify(
        () ->
            WorkspaceEventListenerRegistration.observe(
                org.mockito.ArgumentMatchers.eq("selvhjelp"),
                org.mockito.ArgumentMatchers.eq("/groups"),
                any()),
        times(1));
    verify(registration).withSubNodes(true);
    verify(registration)
        .withDelay(SelvhjelpModule.OBSERVATION_DELAY_MS, SelvhjelpModule.OBSERVATION_MAX_DELAY_MS);
    verify(registration).register();
    verify(handle, never()).unregister();
  }

  @Test
  void aConfiguredIndexDirWinsOverMagnoliaHome() {
    Path configured = magnoliaHome.resolve("elsewhere");
    when(properties.getProperty(SelvhjelpModule.INDEX_DIR_PROPERTY))
        .thenReturn(configured.toString());
    module.start(context);
    assertThat(configured).isDirectory();
    assertThat(magnoliaHome.resolve("selvhjelp/index")).doesNotExist();
  }

  @Test
  void theListenerGivenToMagnolia_keepsTheIndexLevelWithOtherWriters() throws Exception {
    module.start(context);
    Engine engine = module.engine();
    engine.imports().importBatch(batch());
    assertThat(total(engine)).isEqualTo(1);
    ArgumentCaptor<EventListener> listener = ArgumentCaptor.forClass(EventListener.class);
    observation.verify(
        () ->
            WorkspaceEventListenerRegistration.observe(
                anyString(), anyString(), listener.capture()));
    // Deliver JCR events to that listener, as Magnolia's observation would.
    Session observing = jackrabbit.login();
    Session editor = jackrabbit.login();
    try {
      observing
          .getWorkspace()
          .getObservationManager()
          .addEventListener(
              listener.getValue(),
              Event.NODE_ADDED | Event.NODE_REMOVED | Event.PROPERTY_CHANGED,
              "/groups",
              true,
              null,
              null,
              false);
      editor.getNode("/groups/" + Fixtures.fullGroup().id()).remove();
      editor.save();
      awaitTotal(engine, 0);
    } finally {
      editor.logout();
      observing.logout();
    }
  }

  @Test
  void stopUnregistersTheListenerClosesTheIndexAndLogsOutEverySession() throws Exception {
    module.start(context);
    module.engine().imports().importBatch(batch());
    module.stop(context);

    verify(handle).unregister();
    assertThatThrownBy(module::engine).isInstanceOf(IllegalStateException.class);
    assertThat(opened).isNotEmpty().noneMatch(Session::isLive);
  }

  @Test
  void aStartAfterAConfigurationChangeKeepsTheOpenIndexAndTheOneRegistration() {
    module.start(context);
    Engine first = module.engine();
    // Magnolia calls start() again when the module's configuration changes.
    module.start(context);
    assertThat(module.engine()).isSameAs(first);
    observation.verify(
        () -> WorkspaceEventListenerRegistration.observe(anyString(), anyString(), any()),
        times(1));
  }

  @Test
  void aRestartAfterStopRegistersAgainAndReusesTheIndex() throws Exception {
    module.start(context);
    module.engine().imports().importBatch(batch());
    module.stop(context);

    module.start(context);
    assertThat(module.engine().index().needsRebuild()).isFalse();
    assertThat(total(module.engine())).isEqualTo(1);
    verify(registration, times(2)).register();
    verify(handle, times(1)).unregister();
  }

  @Test
  void aStartThatFailsToRegisterLeavesNoSessionNoIndexLockAndNoListener() throws Exception {
    when(registration.register()).thenThrow(new RepositoryException("observation unavailable"));
    assertThatThrownBy(() -> module.start(context)).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(module::engine).isInstanceOf(IllegalStateException.class);
    assertThat(opened).noneMatch(Session::isLive);

    // The index lock was released: the next start opens the same directory.
    doReturn(handle).when(registration).register();
    module.start(context);
    assertThat(module.engine().index().needsRebuild()).isFalse();
  }

  @Test
  void aStartWithoutAnyPlaceForTheIndexFailsClearlyAndOpensNothing() throws Exception {
    when(properties.getProperty("magnolia.home")).thenReturn(null);
    assertThatThrownBy(() -> module.start(context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("selvhjelp.index.dir");
    verify(repositories, never()).getSystemSession(anyString());
    observation.verifyNoInteractions();
  }

  @Test
  void theEndpointServesReadsAndRefusesWrites() {
    module.start(context);
    SelvhjelpEndpoint endpoint = new SelvhjelpEndpoint(module, SelvhjelpEndpointTest.NO_USER);
    assertThat(endpoint.groups(request("GET"))).isNotNull();
    assertThat(endpoint.referenceData(request("HEAD"))).isNotNull();
    assertThatThrownBy(() -> endpoint.groups(request("DELETE")))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void theGroupDetailModelShowsTheGroupNamedInTheQueryAndNotFoundOtherwise() throws Exception {
    module.start(context);
    module.engine().imports().importBatch(batch());
    Session session = jackrabbit.login();
    try {
      Node component = session.getRootNode().addNode("component", "nt:unstructured");
      component.setProperty("uiLanguage", "nn");
      WebContext found = web("/finn.html", "sorggruppe-kinn");
      GroupDetailModel model = new GroupDetailModel(component, null, null, module, () -> found);
      assertThat(model.execute()).isNull();
      assertThat(model.view())
          .containsEntry("httpStatus", 200)
          .containsEntry("title", Fixtures.fullGroup().title());
      assertThat(model.get("title")).isNotNull();
      verify(found, org.mockito.Mockito.atLeastOnce()).getRequest();

      GroupDetailModel missing =
          new GroupDetailModel(component, null, null, module, () -> web("/finn.html", "ingen"));
      missing.execute();
      assertThat(missing.view()).containsEntry("httpStatus", 404);
    } finally {
      session.logout();
    }
  }

  @Test
  void theFinderModelKeepsItsLinksOnTheEditorsPage() throws Exception {
    module.start(context);
    module.engine().imports().importBatch(batch());
    Session session = jackrabbit.login();
    try {
      Node component = session.getRootNode().addNode("finder", "nt:unstructured");
      component.setProperty("kommune", "4602");
      GroupFinderModel model =
          new GroupFinderModel(
              component, null, null, module, () -> web("/kinn/grupper.html", null));
      assertThat(model.execute()).isNull();
      assertThat(model.isEmpty()).isFalse();
      assertThat(String.valueOf(model.view())).contains("/kinn/grupper.html?group=sorggruppe-kinn");
    } finally {
      session.logout();
    }
  }

  @Test
  void aModelOfAStoppedModuleSkipsRenderingInsteadOfFailingThePage() throws Exception {
    Session session = jackrabbit.login();
    try {
      Node component = session.getRootNode().addNode("finder", "nt:unstructured");
      GroupFinderModel model =
          new GroupFinderModel(component, null, null, module, () -> web("/p.html", null));
      assertThat(model.execute()).isEqualTo(GroupFinderModel.SKIP_RENDERING);
    } finally {
      session.logout();
    }
  }

  static ImportBatch batch() {
    return new ImportBatch(
        List.of(Fixtures.office()),
        List.of(Fixtures.contactPoint()),
        List.of(Fixtures.fullGroup()));
  }

  private static long total(Engine engine) {
    return engine.search().search(GroupQuery.all(10)).total();
  }

  private static void awaitTotal(Engine engine, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (total(engine) != expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the index never reached " + expected + " groups");
      }
      Thread.sleep(0, 100_000); // yield between polls of the condition, not a fixed wait
    }
  }

  private static HttpServletRequest request(String method) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getMethod()).thenReturn(method);
    return request;
  }

  static WebContext web(String uri, String group) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getRequestURI()).thenReturn(uri);
    when(request.getParameterMap())
        .thenReturn(group == null ? Map.of() : Map.of("group", new String[] {group}));
    WebContext web = mock(WebContext.class);
    when(web.getRequest()).thenReturn(request);
    return web;
  }
}
