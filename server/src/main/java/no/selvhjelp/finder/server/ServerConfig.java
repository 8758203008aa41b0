package no.selvhjelp.finder.server;

import java.nio.file.Path;
import java.util.Map;
import no.selvhjelp.finder.server.mail.SmtpConfig;

/**
 * How the standalone server runs: {@code [--port N] [--host H] [--data DIR] [--no-demo]}, the
 * {@code --smtp-*} options for interest sign-ups, and the environment variables {@code
 * SELVHJELP_ADMIN_TOKEN} and {@code SELVHJELP_SMTP_*}.
 *
 * @param smtp where sign-up mail goes; null if no SMTP host is configured (sign-up is then
 *     unavailable)
 */
public record ServerConfig(
    int port, String host, Path dataDir, boolean demo, String adminToken, SmtpConfig smtp) {
  public static final int DEFAULT_PORT = 8080;
  public static final String TOKEN_ENV = "SELVHJELP_ADMIN_TOKEN";
  public static final String SMTP_HOST_ENV = "SELVHJELP_SMTP_HOST";
  public static final String SMTP_PORT_ENV = "SELVHJELP_SMTP_PORT";
  public static final String SMTP_FROM_ENV = "SELVHJELP_SMTP_FROM";
  public static final String SMTP_STARTTLS_ENV = "SELVHJELP_SMTP_STARTTLS";
  public static final String SMTP_USER_ENV = "SELVHJELP_SMTP_USER";
  public static final String SMTP_PASSWORD_ENV = "SELVHJELP_SMTP_PASSWORD";
  static final String USAGE =
      "Usage: java -jar selvhjelp-server.jar [--port N] [--host ADDRESS] [--data DIR] [--no-demo]\n"
          + "  --port     HTTP port (default 8080; 0 picks a free one)\n"
          + "  --host     address to listen on (default 127.0.0.1; 0.0.0.0 for all)\n"
          + "  --data     where the repository and indexes live (default ./data)\n"
          + "  --no-demo  start without demo content (reference data is always there)\n"
          + "  --smtp-host H, --smtp-port N (587), --smtp-from ADDRESS, --smtp-starttls true|false\n"
          + "             where interest sign-ups are e-mailed from (none: sign-up is unavailable)\n"
          + "Environment: SELVHJELP_ADMIN_TOKEN, the bearer token for writes (generated if unset);\n"
          + "  SELVHJELP_SMTP_HOST, _PORT, _FROM, _STARTTLS as the options above, and\n"
          + "  SELVHJELP_SMTP_USER, SELVHJELP_SMTP_PASSWORD for an SMTP login.";

  /** Without sign-up mail: the shape tests and tools that need no SMTP use. */
  public ServerConfig(int port, String host, Path dataDir, boolean demo, String adminToken) {
    this(port, host, dataDir, demo, adminToken, null);
  }

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
    String smtpHost = blankToNull(env.get(SMTP_HOST_ENV));
    String smtpPort = blankToNull(env.get(SMTP_PORT_ENV));
    String smtpFrom = blankToNull(env.get(SMTP_FROM_ENV));
    String smtpStartTls = blankToNull(env.get(SMTP_STARTTLS_ENV));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--host" -> host = value(args, ++i, "--host");
        case "--data" -> data = Path.of(value(args, ++i, "--data"));
        case "--no-demo" -> demo = false;
        case "--smtp-host" -> smtpHost = value(args, ++i, "--smtp-host");
        case "--smtp-port" -> smtpPort = value(args, ++i, "--smtp-port");
        case "--smtp-from" -> smtpFrom = value(args, ++i, "--smtp-from");
        case "--smtp-starttls" -> smtpStartTls = value(args, ++i, "--smtp-starttls");
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
    SmtpConfig smtp =
        smtp(
            smtpHost,
            smtpPort,
            smtpFrom,
            smtpStartTls,
            blankToNull(env.get(SMTP_USER_ENV)),
            env.get(SMTP_PASSWORD_ENV));
    return new ServerConfig(port, host, data.toAbsolutePath().normalize(), demo, token, smtp);
  }

  private static SmtpConfig smtp(
      String host, String port, String from, String startTls, String user, String password)
      throws UsageException {
    if (host == null) {
      if (from != null || port != null || user != null) {
        throw new UsageException("--smtp-host (or " + SMTP_HOST_ENV + ") is needed to send mail");
      }
      return null;
    }
    int p = SmtpConfig.DEFAULT_PORT;
    if (port != null) {
      try {
        p = Integer.parseInt(port.strip());
      } catch (NumberFormatException e) {
        throw new UsageException("--smtp-port must be a number, got " + port);
      }
    }
    boolean tls = true; // the default: never send visitors' messages in clear over the internet
    if (startTls != null) {
      switch (startTls.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "on", "yes" -> tls = true;
        case "false", "off", "no" -> tls = false;
        default -> throw new UsageException("--smtp-starttls must be true or false");
      }
    }
    try {
      return new SmtpConfig(host, p, from, tls, user, password, SmtpConfig.DEFAULT_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
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
