package no.selvhjelp.finder.magnolia;

import io.undertow.Undertow;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import java.net.InetSocketAddress;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * Magnolia's JAX-RS runtime for the HTTP tests: RESTEasy's servlet dispatcher mounted at {@code
 * /.rest/*} (where Magnolia's RestDispatcherServlet serves endpoints) in an embedded Undertow on a
 * free port, with only the given endpoint registered (Magnolia registers none of the engine's
 * providers). RESTEasy routes each request through the endpoint's sub-resource locators, as
 * Magnolia would.
 */
final class EmbeddedMagnoliaRest implements AutoCloseable {
  private final ResteasyDeployment deployment;
  private final DeploymentManager manager;
  private final Undertow server;
  private final String restBase;

  EmbeddedMagnoliaRest(Object endpoint) throws Exception {
    deployment = new ResteasyDeploymentImpl();
    deployment.getResources().add(endpoint);
    deployment.start();
    DeploymentInfo info =
        Servlets.deployment()
            .setClassLoader(getClass().getClassLoader())
            .setContextPath("/")
            .setDeploymentName("magnolia-rest")
            .addServletContextAttribute(ResteasyDeployment.class.getName(), deployment)
            .addServlet(
                Servlets.servlet("rest", HttpServlet30Dispatcher.class)
                    .addInitParam("resteasy.servlet.mapping.prefix", "/.rest")
                    .addMapping("/.rest/*")
                    .setAsyncSupported(true));
    manager = Servlets.defaultContainer().addDeployment(info);
    manager.deploy();
    server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(manager.start()).build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    restBase = "http://127.0.0.1:" + port + "/.rest";
  }

  /** {@code http://127.0.0.1:<port>/.rest}, without a trailing slash. */
  String restBase() {
    return restBase;
  }

  @Override
  public void close() throws Exception {
    server.stop();
    manager.stop();
    manager.undeploy();
    deployment.stop();
  }
}
