package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import info.magnolia.context.WebContext;
import info.magnolia.observation.WorkspaceEventListenerRegistration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import no.selvhjelp.finder.api.GroupQuery;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.InMemoryJackrabbit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Magnolia adapter against the signature stubs and a real in-memory Jackrabbit: the module
 * opens the index under {@code magnolia.home}, registers the engine's listener through Magnolia's
 * observation API and releases both on stop; the endpoint and the models reach the running engine.
 */
class SelvhjelpModuleTest {
  @TempDir Path magnoliaHome;
  private InMemoryJackrabbit jackrabbit;
  private SelvhjelpModule module;

  @BeforeEach
  void start() {
    WorkspaceEventListenerRegistration.forgetAll();
    jackrabbit = new InMemoryJackrabbit();
    module = newModule();
    module.start(null);
  }

  @AfterEach
  void stop() {
    module.stop(null);
    jackrabbit.close();
  }

  private SelvhjelpModule newModule() {
    Map<String, String> properties = Map.of("magnolia.home", magnoliaHome.toString());
    return new SelvhjelpModule(workspace -> jackrabbit.login(), properties::get);
  }

  @Test
  void startRegistersTheIndexListenerOnTheGroupsOfTheSelvhjelpWorkspace() {
    List<WorkspaceEventListenerRegistration> registered =
        WorkspaceEventListenerRegistration.registered();
    assertThat(registered).hasSize(1);
    WorkspaceEventListenerRegistration r = registered.get(0);
    assertThat(r.workspace()).isEqualTo("selvhjelp");
    assertThat(r.observationPath()).isEqualTo("/groups");
    assertThat(r.includesSubNodes()).isTrue();
    assertThat(r.delay()).isEqualTo(SelvhjelpModule.OBSERVATION_DELAY_MS);
    assertThat(r.maxDelay()).isEqualTo(SelvhjelpModule.OBSERVATION_MAX_DELAY_MS);
    assertThat(r.active()).isTrue();
    assertThat(magnoliaHome.resolve("selvhjelp/index")).isDirectory();
  }

  @Test
  void theRegisteredListenerKeepsTheIndexLevelWithChangesOfOtherWriters() throws Exception {
    Engine engine = module.engine();
    engine.imports().importBatch(batch());
    assertThat(total(engine)).isEqualTo(1);
    // Deliver JCR events to the listener Magnolia was given, as Magnolia's observation would.
    WorkspaceEventListenerRegistration registration =
        WorkspaceEventListenerRegistration.registered().get(0);
    Session observing = jackrabbit.login();
    Session editor = jackrabbit.login();
    try {
      observing
          .getWorkspace()
          .getObservationManager()
          .addEventListener(
              registration.listener(),
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
  void stopUnregistersTheListenerAndClosesTheIndex() {
    module.stop(null);
    assertThat(WorkspaceEventListenerRegistration.registered().get(0).active()).isFalse();
    assertThatThrownBy(module::engine).isInstanceOf(IllegalStateException.class);
    // A closed index has released its write lock: a new module opens the same directory.
    SelvhjelpModule again = newModule();
    again.start(null);
    try {
      assertThat(again.engine().index().needsRebuild()).isFalse();
    } finally {
      again.stop(null);
    }
  }

  @Test
  void theEndpointServesReadsAndRefusesWrites() {
    SelvhjelpEndpoint endpoint = new SelvhjelpEndpoint(module);
    assertThat(endpoint.groups(request("GET"))).isNotNull();
    assertThat(endpoint.referenceData(request("HEAD"))).isNotNull();
    assertThatThrownBy(() -> endpoint.groups(request("DELETE")))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void theGroupDetailModelShowsTheGroupNamedInTheQueryAndNotFoundOtherwise() throws Exception {
    module.engine().imports().importBatch(batch());
    Session session = jackrabbit.login();
    try {
      Node component = session.getRootNode().addNode("component", "nt:unstructured");
      component.setProperty("uiLanguage", "nn");
      GroupDetailModel found =
          new GroupDetailModel(
              component, null, null, module, () -> web("/finn.html", "sorggruppe-kinn"));
      assertThat(found.execute()).isNull();
      assertThat(found.view())
          .containsEntry("httpStatus", 200)
          .containsEntry("title", Fixtures.fullGroup().title());
      assertThat(found.get("title")).isNotNull();

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

  private static ImportBatch batch() {
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
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) -> {
              if (m.getName().equals("getMethod")) {
                return method;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  private static WebContext web(String uri, String group) {
    Map<String, String[]> params = group == null ? Map.of() : Map.of("group", new String[] {group});
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getRequestURI" -> uri;
                      case "getParameterMap" -> params;
                      default -> throw new UnsupportedOperationException(m.getName());
                    });
    return () -> request;
  }
}
