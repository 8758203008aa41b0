package no.selvhjelp.finder.server;

import java.nio.file.Path;
import java.util.Map;
import no.selvhjelp.finder.search.LuceneGroupSearch;
import no.selvhjelp.finder.server.mail.SmtpConfig;
import no.selvhjelp.finder.server.ops.HttpLimits;
import no.selvhjelp.finder.server.ops.RateLimit;

/**
 * How the standalone server runs: {@code [--port N] [--host H] [--data DIR] [--no-demo]}, the
 * repository's database, the search rate limit, the {@code --smtp-*} options for interest sign-ups,
 * and the environment variables named below. Every flag of operations has an environment variable
 * too (the flag wins), so containers need no command line; the database password is read from the
 * environment only, never the command line (which {@code ps} shows to every user).
 *
 * @param database null for the embedded Derby default, else PostgreSQL
 * @param cluster null for a single node; else this server's id in a Jackrabbit cluster on {@code
 *     database} (PostgreSQL only)
 * @param searchRateLimit per client address, on search and suggest
 * @param trustProxy honour {@code X-Forwarded-For} (only behind a proxy that sets it)
 * @param smtp where sign-up mail goes; null if no SMTP host is configured (sign-up is then
 *     unavailable)
 * @param searchCache answers kept for repeated searches on an unchanged index (0 = off)
 * @param http body limits, read timeout and worker pool
 */
public record ServerConfig(
    int port,
    String host,
    Path dataDir,
    boolean demo,
    String adminToken,
    Database database,
    ClusterNode cluster,
    RateLimit searchRateLimit,
    boolean trustProxy,
    SmtpConfig smtp,
    int searchCache,
    HttpLimits http) {
  public static final int DEFAULT_PORT = 8080;
  public static final String TOKEN_ENV = "SELVHJELP_ADMIN_TOKEN";
  public static final String REPOSITORY_ENV = "SELVHJELP_REPOSITORY";
  public static final String JDBC_URL_ENV = "SELVHJELP_JDBC_URL";
  public static final String JDBC_USER_ENV = "SELVHJELP_JDBC_USER";
  public static final String JDBC_PASSWORD_ENV = "SELVHJELP_JDBC_PASSWORD";
  public static final String CLUSTER_NODE_ID_ENV = "SELVHJELP_CLUSTER_NODE_ID";
  public static final String RATE_LIMIT_ENV = "SELVHJELP_RATE_LIMIT";
  public static final String RATE_BURST_ENV = "SELVHJELP_RATE_BURST";
  public static final String SEARCHES_AT_ONCE_ENV = "SELVHJELP_SEARCHES_AT_ONCE";
  public static final String SEARCH_SHARE_ENV = "SELVHJELP_SEARCH_SHARE";
  public static final String SEARCH_CACHE_ENV = "SELVHJELP_SEARCH_CACHE";
  public static final String TRUST_PROXY_ENV = "SELVHJELP_TRUST_PROXY";
  public static final String MAX_FORM_BYTES_ENV = "SELVHJELP_MAX_FORM_BYTES";
  public static final String MAX_BODY_BYTES_ENV = "SELVHJELP_MAX_BODY_BYTES";
  public static final String MAX_IMPORT_BYTES_ENV = "SELVHJELP_MAX_IMPORT_BYTES";
  public static final String READ_TIMEOUT_ENV = "SELVHJELP_READ_TIMEOUT";
  public static final String WORKERS_ENV = "SELVHJELP_WORKERS";
  public static final String SMTP_HOST_ENV = "SELVHJELP_SMTP_HOST";
  public static final String SMTP_PORT_ENV = "SELVHJELP_SMTP_PORT";
  public static final String SMTP_FROM_ENV = "SELVHJELP_SMTP_FROM";
  public static final String SMTP_STARTTLS_ENV = "SELVHJELP_SMTP_STARTTLS";
  public static final String SMTP_USER_ENV = "SELVHJELP_SMTP_USER";
  public static final String SMTP_PASSWORD_ENV = "SELVHJELP_SMTP_PASSWORD";
  static final String USAGE =
      "Usage: java -jar selvhjelp-server.jar [--port N] [--host ADDRESS] [--data DIR] [--no-demo]\n"
          + "  --help     this text\n"
          + "  --port     HTTP port (default 8080; 0 picks a free one)\n"
          + "  --host     address to listen on (default 127.0.0.1; 0.0.0.0 for all)\n"
          + "  --data     where the repository and indexes live (default ./data)\n"
          + "  --no-demo  start without demo content (reference data is always there)\n"
          + "  --repository derby|postgres   where the repository lives (default derby, in --data)\n"
          + "  --jdbc-url URL    PostgreSQL, e.g. jdbc:postgresql://db:5432/selvhjelp\n"
          + "  --jdbc-user NAME  PostgreSQL user\n"
          + "  --cluster-node-id ID  run as this node of a cluster on the PostgreSQL repository\n"
          + "             (unique per node, kept across restarts; see docs/scaling.md)\n"
          + "  --rate-limit N    searches a minute per client address (default 1200; 0 = off)\n"
          + "  --rate-burst N    searches in a burst per client address (default half the rate)\n"
          + "  --searches-at-once N  searches one client address runs at once; more wait their\n"
          + "             turn (default 2; 0 = off)\n"
          + "  --search-share MS milliseconds of search time a second one client address may\n"
          + "             use on average; beyond it its searches wait, up to 2 s, else 429\n"
          + "             (default 250; 0 = off, as with --searches-at-once 0); with a share,\n"
          + "             at most as many searches as cores compute at once, in turn\n"
          + "  --search-cache N  answers kept for repeated searches (default 1000; 0 = off)\n"
          + "  --trust-proxy     take the client address from X-Forwarded-For (behind a proxy)\n"
          + "  --max-form-bytes N    largest sign-up form body (default 16384)\n"
          + "  --max-body-bytes N    largest other body, e.g. one item's JSON (default 1048576)\n"
          + "  --max-import-bytes N  largest import body (default and most 33554432, 32 MiB)\n"
          + "  --read-timeout S  seconds a request may go silent before 408 (default 10)\n"
          + "  --workers N       HTTP worker threads (default 32); searches run on threads of\n"
          + "             their own, one per core\n"
          + "  --smtp-host H, --smtp-port N (587), --smtp-from ADDRESS, --smtp-starttls true|false\n"
          + "             where interest sign-ups are e-mailed from (none: sign-up is unavailable)\n"
          + "Environment: SELVHJELP_ADMIN_TOKEN, the bearer token for writes (generated if unset);\n"
          + "  SELVHJELP_REPOSITORY, SELVHJELP_JDBC_URL, SELVHJELP_JDBC_USER,\n"
          + "  SELVHJELP_CLUSTER_NODE_ID, SELVHJELP_RATE_LIMIT,\n"
          + "  SELVHJELP_RATE_BURST, SELVHJELP_SEARCHES_AT_ONCE, SELVHJELP_SEARCH_SHARE,\n"
          + "  SELVHJELP_SEARCH_CACHE,\n"
          + "  SELVHJELP_TRUST_PROXY=true,\n"
          + "  SELVHJELP_MAX_FORM_BYTES, _MAX_BODY_BYTES, _MAX_IMPORT_BYTES, _READ_TIMEOUT,\n"
          + "  _WORKERS as the flags above;\n"
          + "  SELVHJELP_JDBC_PASSWORD, the PostgreSQL password (environment only);\n"
          + "  SELVHJELP_SMTP_HOST, _PORT, _FROM, _STARTTLS as the --smtp options, and\n"
          + "  SELVHJELP_SMTP_USER, SELVHJELP_SMTP_PASSWORD for an SMTP login.";

  /** Embedded Derby, the default rate limit, no proxy, no mail: what tests and the demo use. */
  public ServerConfig(int port, String host, Path dataDir, boolean demo, String adminToken) {
    this(
        port,
        host,
        dataDir,
        demo,
        adminToken,
        null,
        null,
        RateLimit.DEFAULT,
        false,
        null,
        LuceneGroupSearch.DEFAULT_CACHE,
        HttpLimits.DEFAULT);
  }

  /** Thrown for a command line that cannot be run; the message says why. */
  public static final class UsageException extends Exception {
    private final boolean helpAsked;

    UsageException(String message) {
      this(message, false);
    }

    private UsageException(String message, boolean helpAsked) {
      super(message);
      this.helpAsked = helpAsked;
    }

    /** {@code --help}: the usage is the answer, not an error. */
    static UsageException help() {
      return new UsageException("", true);
    }

    public boolean helpAsked() {
      return helpAsked;
    }
  }

  public static ServerConfig parse(String[] args, Map<String, String> env) throws UsageException {
    int port = DEFAULT_PORT;
    String host = "127.0.0.1";
    Path data = Path.of("data");
    boolean demo = true;
    String repository = env.getOrDefault(REPOSITORY_ENV, "derby");
    String jdbcUrl = env.get(JDBC_URL_ENV);
    String jdbcUser = env.get(JDBC_USER_ENV);
    String clusterNodeId = blankToNull(env.get(CLUSTER_NODE_ID_ENV));
    String rateLimit = env.get(RATE_LIMIT_ENV);
    String rateBurst = env.get(RATE_BURST_ENV);
    String atOnce = env.get(SEARCHES_AT_ONCE_ENV);
    String share = env.get(SEARCH_SHARE_ENV);
    String searchCache = env.get(SEARCH_CACHE_ENV);
    boolean trustProxy = "true".equalsIgnoreCase(env.get(TRUST_PROXY_ENV));
    String maxForm = env.get(MAX_FORM_BYTES_ENV);
    String maxBody = env.get(MAX_BODY_BYTES_ENV);
    String maxImport = env.get(MAX_IMPORT_BYTES_ENV);
    String readTimeout = env.get(READ_TIMEOUT_ENV);
    String workers = env.get(WORKERS_ENV);
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
        case "--repository" -> repository = value(args, ++i, "--repository");
        case "--jdbc-url" -> jdbcUrl = value(args, ++i, "--jdbc-url");
        case "--jdbc-user" -> jdbcUser = value(args, ++i, "--jdbc-user");
        case "--cluster-node-id" -> clusterNodeId = value(args, ++i, "--cluster-node-id");
        case "--rate-limit" -> rateLimit = value(args, ++i, "--rate-limit");
        case "--rate-burst" -> rateBurst = value(args, ++i, "--rate-burst");
        case "--searches-at-once" -> atOnce = value(args, ++i, "--searches-at-once");
        case "--search-share" -> share = value(args, ++i, "--search-share");
        case "--search-cache" -> searchCache = value(args, ++i, "--search-cache");
        case "--trust-proxy" -> trustProxy = true;
        case "--max-form-bytes" -> maxForm = value(args, ++i, "--max-form-bytes");
        case "--max-body-bytes" -> maxBody = value(args, ++i, "--max-body-bytes");
        case "--max-import-bytes" -> maxImport = value(args, ++i, "--max-import-bytes");
        case "--read-timeout" -> readTimeout = value(args, ++i, "--read-timeout");
        case "--workers" -> workers = value(args, ++i, "--workers");
        case "--smtp-host" -> smtpHost = value(args, ++i, "--smtp-host");
        case "--smtp-port" -> smtpPort = value(args, ++i, "--smtp-port");
        case "--smtp-from" -> smtpFrom = value(args, ++i, "--smtp-from");
        case "--smtp-starttls" -> smtpStartTls = value(args, ++i, "--smtp-starttls");
        case "--help", "-h" -> throw UsageException.help();
        default -> throw new UsageException("Unknown option: " + args[i]);
      }
    }
    Database database = database(repository, jdbcUrl, jdbcUser, env.get(JDBC_PASSWORD_ENV));
    ClusterNode cluster = cluster(clusterNodeId, database);
    RateLimit limit =
        new RateLimit(
            count(rateLimit, "--rate-limit", RateLimit.DEFAULT.perMinute()),
            count(rateBurst, "--rate-burst", 0), // 0: half the per-minute rate
            count(atOnce, "--searches-at-once", RateLimit.DEFAULT_AT_ONCE),
            count(share, "--search-share", RateLimit.DEFAULT_SHARE_MILLIS));
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
    return new ServerConfig(
        port,
        host,
        data.toAbsolutePath().normalize(),
        demo,
        token,
        database,
        cluster,
        limit,
        trustProxy,
        smtp,
        count(searchCache, "--search-cache", LuceneGroupSearch.DEFAULT_CACHE),
        http(maxForm, maxBody, maxImport, readTimeout, workers));
  }

  private static HttpLimits http(
      String form, String body, String imports, String readTimeout, String workers)
      throws UsageException {
    HttpLimits d = HttpLimits.DEFAULT;
    try {
      return new HttpLimits(
          count(form, "--max-form-bytes", d.formBytes()),
          count(body, "--max-body-bytes", d.jsonBytes()),
          count(imports, "--max-import-bytes", d.importBytes()),
          count(readTimeout, "--read-timeout", d.readTimeoutSeconds()),
          count(workers, "--workers", d.workers()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Database database(String repository, String url, String user, String password)
      throws UsageException {
    switch (repository) {
      case "derby" -> {
        if (url != null && !url.isBlank()) {
          throw new UsageException("--jdbc-url needs --repository postgres");
        }
        return null;
      }
      case "postgres", "postgresql" -> {
        if (url == null || url.isBlank()) {
          throw new UsageException(
              "--repository postgres needs --jdbc-url (or " + JDBC_URL_ENV + ")");
        }
        try {
          return new Database(url.strip(), user, password);
        } catch (IllegalArgumentException e) {
          throw new UsageException("--jdbc-url: " + e.getMessage());
        }
      }
      default ->
          throw new UsageException("--repository must be derby or postgres, got " + repository);
    }
  }

  private static ClusterNode cluster(String id, Database database) throws UsageException {
    if (id == null) {
      return null;
    }
    // Derby is one process's file: there is nothing for a second node to share.
    if (database == null) {
      throw new UsageException("--cluster-node-id needs --repository postgres");
    }
    try {
      return new ClusterNode(id.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--cluster-node-id: " + e.getMessage());
    }
  }

  private static int count(String value, String option, int fallback) throws UsageException {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " must be a whole number of 0 or more, got " + value);
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
