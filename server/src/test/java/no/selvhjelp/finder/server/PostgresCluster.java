package no.selvhjelp.finder.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster from Debian's binaries ({@code /usr/lib/postgresql/N/bin}): {@code
 * initdb} in a temporary directory, {@code pg_ctl start} on a free loopback port, one database.
 * PostgreSQL refuses to run as root, so when the tests run as root every command runs as the {@code
 * postgres} user, which then owns the directory. Closing stops the cluster and deletes it.
 */
final class PostgresCluster implements AutoCloseable {
  static final String DATABASE = "selvhjelp";
  static final String USER = "postgres";

  private final Path bin;
  private final Path dir;
  final int port;

  private PostgresCluster(Path bin, Path dir, int port) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
  }

  /** The newest installed {@code bin} directory with {@code initdb}, if any. */
  static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(
              Comparator.comparingInt(
                  b -> {
                    try {
                      return Integer.parseInt(b.getParent().getFileName().toString());
                    } catch (NumberFormatException e) {
                      return 0;
                    }
                  }));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts one for a test class. In CI (env {@code CI} set) a missing PostgreSQL fails the test;
   * elsewhere the test is skipped with a message.
   */
  static PostgresCluster startForTest() throws IOException, InterruptedException {
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      String message =
          "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); "
              + "apt-get install postgresql to run this test";
      if (System.getenv("CI") != null) {
        throw new AssertionError(message + " — required in CI (.ci/run installs it)");
      }
      Assumptions.abort(message);
    }
    return start(bin.get());
  }

  static PostgresCluster start(Path bin) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("selvhjelp-pg");
    int port = freePort();
    PostgresCluster cluster = new PostgresCluster(bin, dir, port);
    boolean started = false;
    try {
      if (isRoot()) {
        cluster.run(List.of("chown", "-R", USER + ":" + USER, dir.toString()), false);
      }
      // trust on loopback only: a throwaway cluster that listens nowhere else.
      cluster.run(
          List.of(
              bin.resolve("initdb").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-U",
              USER,
              "--auth=trust",
              "-E",
              "UTF8",
              "--locale=C.UTF-8",
              "--no-sync"),
          true);
      cluster.run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-l",
              dir.resolve("server.log").toString(),
              "-w",
              "-t",
              "60",
              "-o",
              "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
              "start"),
          true);
      started = true;
      cluster.run(
          List.of(
              bin.resolve("createdb").toString(),
              "-h",
              "127.0.0.1",
              "-p",
              String.valueOf(port),
              "-U",
              USER,
              DATABASE),
          true);
      return cluster;
    } finally {
      if (!started) {
        cluster.deleteDir();
      }
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  /** Runs a client statement through psql, returning its unaligned output. */
  String psql(String sql) throws IOException, InterruptedException {
    return run(
        List.of(
            bin.resolve("psql").toString(),
            "-h",
            "127.0.0.1",
            "-p",
            String.valueOf(port),
            "-U",
            USER,
            "-d",
            DATABASE,
            "-At",
            "-c",
            sql),
        true);
  }

  private String run(List<String> command, boolean asPostgres)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgres && isRoot()) {
      full.addAll(List.of("runuser", "-u", USER, "--"));
    }
    full.addAll(command);
    Path out = Files.createTempFile("selvhjelp-pg", ".out");
    try {
      Process p =
          new ProcessBuilder(full)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("Timed out: " + String.join(" ", full));
      }
      String output = Files.readString(out);
      if (p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", full) + " exited with " + p.exitValue() + ":\n" + output);
      }
      return output;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "fast",
              "-w",
              "stop"),
          true);
    } finally {
      deleteDir();
    }
  }

  private void deleteDir() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
