package no.selvhjelp.finder.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The built server jar, run as a real process the way an operator runs it. */
final class ServerProcess implements AutoCloseable {
  static final String TOKEN = "process-test-token-0123456789";
  // Generous: a shared 2-core CI machine under load can take a minute to start a JVM and Jersey.
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("server.startTimeoutSeconds", 300));

  final int port;
  final Path log;
  private final Process process;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ServerProcess(int port, Path log, Process process) {
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static ServerProcess start(Path data, String... extraArgs) throws IOException {
    return start(data, Map.of(), extraArgs);
  }

  /**
   * @param env environment variables besides the admin token (e.g. {@code SELVHJELP_*} settings)
   */
  static ServerProcess start(Path data, Map<String, String> env, String... extraArgs)
      throws IOException {
    String jar = System.getProperty("server.jar", "target/selvhjelp-server.jar");
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar,
                "--port",
                String.valueOf(port),
                "--data",
                data.toString()));
    command.addAll(List.of(extraArgs));
    Path log = Files.createTempFile("selvhjelp-server", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put(ServerConfig.TOKEN_ENV, TOKEN);
    ServerProcess server = new ServerProcess(port, log, pb.start());
    try {
      server.awaitHealthy();
    } catch (RuntimeException | Error e) {
      server.process.destroyForcibly(); // a server that never became healthy must not outlive us
      throw e;
    }
    return server;
  }

  private void awaitHealthy() throws IOException {
    waitFor(
        () -> !process.isAlive() || status("/health") == 200,
        START_TIMEOUT,
        "the server to become healthy");
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "Server exited with " + process.exitValue() + ":\n" + Files.readString(log));
    }
  }

  int status(String path) {
    try {
      return client
          .send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return client.send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A DELETE with the admin token (an editor removing an item). */
  HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return client.send(
        request(path).header("Authorization", "Bearer " + TOKEN).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A GET with the admin token (admin reads such as the consistency check). */
  HttpResponse<String> getAdmin(String path) throws IOException, InterruptedException {
    return client.send(
        request(path).header("Authorization", "Bearer " + TOKEN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  long pid() {
    return process.pid();
  }

  /** Exit code once ended: 137 (128 + 9) after a SIGKILL. */
  int exitValue() {
    return process.exitValue();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(120)); // a 500-group import on a loaded 2-core CI box
  }

  /** SIGTERM, as an operator or systemd stops it; returns the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    return process.waitFor();
  }

  /** SIGKILL: no shutdown hook, no flush, nothing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  static void waitFor(BooleanSupplier condition, Duration timeout, String what) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(50); // polling interval while waiting on the condition, not a fixed wait
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for " + what);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
