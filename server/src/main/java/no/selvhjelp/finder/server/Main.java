package no.selvhjelp.finder.server;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code java -jar selvhjelp-server.jar [--port N] [--host H] [--data DIR] [--no-demo]} */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws Exception {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    ServerConfig config;
    try {
      config = ServerConfig.parse(args, System.getenv());
    } catch (ServerConfig.UsageException e) {
      if (e.helpAsked()) {
        System.out.println(ServerConfig.USAGE);
        System.exit(0);
        return;
      }
      System.err.println(e.getMessage());
      System.err.println(ServerConfig.USAGE);
      System.exit(2);
      return;
    }
    SelvhjelpServer server;
    try {
      server = SelvhjelpServer.start(config);
    } catch (Exception e) {
      LOG.error("Could not start: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and Ctrl-C run this hook: stop taking requests, then close the repository cleanly.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Shutting down");
                  server.close();
                  stopped.countDown();
                },
                "selvhjelp-shutdown"));
    stopped.await();
  }
}
