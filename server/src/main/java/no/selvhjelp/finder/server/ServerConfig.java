package no.selvhjelp.finder.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the standalone server runs: {@code [--port N] [--host H] [--data DIR] [--no-demo]} and the
 * environment variable {@code SELVHJELP_ADMIN_TOKEN}.
 */
public record ServerConfig(int port, String host, Path dataDir, boolean demo, String adminToken) {
  public static final int DEFAULT_PORT = 8080;
  public static final String TOKEN_ENV = "SELVHJELP_ADMIN_TOKEN";
  static final String USAGE =
      "Usage: java -jar selvhjelp-server.jar [--port N] [--host ADDRESS] [--data DIR] [--no-demo]\n"
          + "  --port     HTTP port (default 8080; 0 picks a free one)\n"
          + "  --host     address to listen on (default 127.0.0.1; 0.0.0.0 for all)\n"
          + "  --data     where the repository and indexes live (default ./data)\n"
          + "  --no-demo  start without demo content (reference data is always there)\n"
          + "Environment: SELVHJELP_ADMIN_TOKEN, the bearer token for writes (generated if unset).";

  /** Thrown for a command line that cannot be run; the message says why. */
  public static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  public static ServerConfig parse(String[] args, Map<String, String> env) throws UsageException {
    int port = DEFAULT_PORT;
    String host = "127.0.0.1";
    Path data = Path.of("data");
    boolean demo = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--host" -> host = value(args, ++i, "--host");
        case "--data" -> data = Path.of(value(args, ++i, "--data"));
        case "--no-demo" -> demo = false;
        default -> throw new UsageException("Unknown option: " + args[i]);
      }
    }
    String token = env.get(TOKEN_ENV);
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token != null && token.length() < 16) {
      throw new UsageException(TOKEN_ENV + " must be at least 16 characters");
    }
    return new ServerConfig(port, host, data.toAbsolutePath().normalize(), demo, token);
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int port(String value) throws UsageException {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a number from 0 to 65535, got " + value);
  }
}
