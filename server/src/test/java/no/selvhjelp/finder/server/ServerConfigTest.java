package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import no.selvhjelp.finder.server.ops.RateLimit;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void defaultsArePort8080LoopbackDataDirAndDemo() throws Exception {
    ServerConfig c = ServerConfig.parse(new String[0], Map.of());
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(c.demo()).isTrue();
    assertThat(c.adminToken()).isNull();
  }

  @Test
  void readsEveryFlagAndTheTokenFromTheEnvironment() throws Exception {
    ServerConfig c =
        ServerConfig.parse(
            new String[] {"--port", "9090", "--data", "/tmp/x", "--no-demo", "--host", "0.0.0.0"},
            Map.of("SELVHJELP_ADMIN_TOKEN", "a-long-enough-token"));
    assertThat(c.port()).isEqualTo(9090);
    assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(c.demo()).isFalse();
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.adminToken()).isEqualTo("a-long-enough-token");
  }

  @Test
  void helpIsAnAnswerNotAnUnknownOption() {
    for (String flag : new String[] {"--help", "-h"}) {
      assertThatThrownBy(() -> ServerConfig.parse(new String[] {flag}, Map.of()))
          .isInstanceOfSatisfying(
              ServerConfig.UsageException.class, e -> assertThat(e.helpAsked()).isTrue());
    }
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--hlep"}, Map.of()))
        .isInstanceOfSatisfying(
            ServerConfig.UsageException.class, e -> assertThat(e.helpAsked()).isFalse());
  }

  @Test
  void refusesUnknownFlagsBadPortsAndShortTokens() {
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--demo"}, Map.of()))
        .hasMessageContaining("Unknown option");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port", "http"}, Map.of()))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port"}, Map.of()))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(
            () -> ServerConfig.parse(new String[0], Map.of("SELVHJELP_ADMIN_TOKEN", "short")))
        .hasMessageContaining("at least 16");
  }

  @Test
  void derbyIsTheDefaultAndPostgresIsChosenByFlagOrEnvironment() throws Exception {
    ServerConfig derby = ServerConfig.parse(new String[0], Map.of());
    assertThat(derby.database()).isNull();
    assertThat(derby.searchRateLimit()).isEqualTo(RateLimit.DEFAULT);
    assertThat(derby.trustProxy()).isFalse();

    ServerConfig flags =
        ServerConfig.parse(
            new String[] {
              "--repository", "postgres",
              "--jdbc-url", "jdbc:postgresql://db:5432/selvhjelp",
              "--jdbc-user", "finder"
            },
            Map.of("SELVHJELP_JDBC_PASSWORD", "s3cret-password"));
    assertThat(flags.database())
        .isEqualTo(
            new Database("jdbc:postgresql://db:5432/selvhjelp", "finder", "s3cret-password"));
    assertThat(flags.database().toString()).doesNotContain("s3cret");

    ServerConfig env =
        ServerConfig.parse(
            new String[0],
            Map.of(
                "SELVHJELP_REPOSITORY", "postgres",
                "SELVHJELP_JDBC_URL", "jdbc:postgresql://db/selvhjelp",
                "SELVHJELP_JDBC_USER", "finder"));
    assertThat(env.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db/selvhjelp");
    assertThat(env.database().password()).isEmpty();
  }

  @Test
  void refusesAnIncompleteOrWrongDatabaseConfiguration() {
    assertThatThrownBy(
            () -> ServerConfig.parse(new String[] {"--repository", "postgres"}, Map.of()))
        .hasMessageContaining("--jdbc-url");
    assertThatThrownBy(
            () ->
                ServerConfig.parse(
                    new String[] {"--repository", "postgres", "--jdbc-url", "jdbc:mysql://x/y"},
                    Map.of()))
        .hasMessageContaining("jdbc:postgresql:");
    assertThatThrownBy(
            () ->
                ServerConfig.parse(new String[] {"--jdbc-url", "jdbc:postgresql://x/y"}, Map.of()))
        .hasMessageContaining("--repository postgres");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--repository", "oracle"}, Map.of()))
        .hasMessageContaining("derby or postgres");
  }

  @Test
  void aClusterNodeIdIsReadFromFlagOrEnvironmentAndNeedsPostgres() throws Exception {
    String[] postgres = {"--repository", "postgres", "--jdbc-url", "jdbc:postgresql://db/s"};
    assertThat(ServerConfig.parse(postgres, Map.of()).cluster()).isNull();
    assertThat(
            ServerConfig.parse(postgres, Map.of("SELVHJELP_CLUSTER_NODE_ID", "node-b")).cluster())
        .isEqualTo(new ClusterNode("node-b"));
    String[] flag = {
      "--repository", "postgres", "--jdbc-url", "jdbc:postgresql://db/s", "--cluster-node-id", "a1"
    };
    assertThat(ServerConfig.parse(flag, Map.of("SELVHJELP_CLUSTER_NODE_ID", "node-b")).cluster())
        .as("the flag wins")
        .isEqualTo(new ClusterNode("a1"));

    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--cluster-node-id", "a1"}, Map.of()))
        .hasMessageContaining("--repository postgres");
    assertThatThrownBy(
            () ->
                ServerConfig.parse(
                    postgres, Map.of("SELVHJELP_CLUSTER_NODE_ID", "node b; drop table")))
        .hasMessageContaining("--cluster-node-id");
  }

  @Test
  void readsTheRateLimitAndProxyTrustFromFlagsOrEnvironment() throws Exception {
    ServerConfig flags =
        ServerConfig.parse(
            new String[] {"--rate-limit", "60", "--rate-burst", "10", "--trust-proxy"}, Map.of());
    assertThat(flags.searchRateLimit()).isEqualTo(new RateLimit(60, 10));
    assertThat(flags.trustProxy()).isTrue();
    ServerConfig env =
        ServerConfig.parse(
            new String[0], Map.of("SELVHJELP_RATE_LIMIT", "0", "SELVHJELP_TRUST_PROXY", "true"));
    assertThat(env.searchRateLimit().enabled()).isFalse();
    assertThat(env.trustProxy()).isTrue();
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--rate-limit", "-1"}, Map.of()))
        .hasMessageContaining("--rate-limit");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--rate-burst", "many"}, Map.of()))
        .hasMessageContaining("--rate-burst");
  }

  @Test
  void readsSearchesAtOnceFromFlagOrEnvironmentWithTwoByDefault() throws Exception {
    assertThat(ServerConfig.parse(new String[0], Map.of()).searchRateLimit().atOnce()).isEqualTo(2);
    assertThat(
            ServerConfig.parse(new String[] {"--searches-at-once", "4"}, Map.of())
                .searchRateLimit()
                .atOnce())
        .isEqualTo(4);
    ServerConfig off =
        ServerConfig.parse(
            new String[] {"--rate-limit", "0", "--search-share", "0"},
            Map.of("SELVHJELP_SEARCHES_AT_ONCE", "0"));
    assertThat(off.searchRateLimit()).isEqualTo(RateLimit.OFF);
    assertThatThrownBy(
            () -> ServerConfig.parse(new String[] {"--searches-at-once", "-2"}, Map.of()))
        .hasMessageContaining("--searches-at-once");
  }

  @Test
  void readsTheSearchShareFromFlagOrEnvironmentWithAQuarterOfACoreByDefault() throws Exception {
    assertThat(ServerConfig.parse(new String[0], Map.of()).searchRateLimit().shareMillis())
        .isEqualTo(250);
    assertThat(
            ServerConfig.parse(new String[] {"--search-share", "1500"}, Map.of())
                .searchRateLimit()
                .shareMillis())
        .isEqualTo(1500);
    assertThat(
            ServerConfig.parse(new String[0], Map.of("SELVHJELP_SEARCH_SHARE", "0"))
                .searchRateLimit()
                .shareMillis())
        .isZero();
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--search-share", "much"}, Map.of()))
        .hasMessageContaining("--search-share");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--search-share", "-5"}, Map.of()))
        .hasMessageContaining("--search-share");
  }

  @Test
  void readsTheSearchCacheSizeFromFlagOrEnvironment() throws Exception {
    assertThat(ServerConfig.parse(new String[0], Map.of()).searchCache()).isEqualTo(1000);
    assertThat(ServerConfig.parse(new String[] {"--search-cache", "0"}, Map.of()).searchCache())
        .isZero();
    assertThat(
            ServerConfig.parse(new String[0], Map.of("SELVHJELP_SEARCH_CACHE", "50")).searchCache())
        .isEqualTo(50);
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--search-cache", "-5"}, Map.of()))
        .hasMessageContaining("--search-cache");
  }

  @Test
  void readsBodyLimitsTimeoutAndWorkersFromFlagOrEnvironmentWithSafeDefaults() throws Exception {
    assertThat(ServerConfig.parse(new String[0], Map.of()).http())
        .isEqualTo(no.selvhjelp.finder.server.ops.HttpLimits.DEFAULT);
    var http =
        ServerConfig.parse(
                new String[] {
                  "--max-form-bytes", "2048", "--max-body-bytes", "4096", "--read-timeout", "3"
                },
                Map.of("SELVHJELP_WORKERS", "8", "SELVHJELP_MAX_IMPORT_BYTES", "1000000"))
            .http();
    assertThat(http.formBytes()).isEqualTo(2048);
    assertThat(http.jsonBytes()).isEqualTo(4096);
    assertThat(http.importBytes()).isEqualTo(1_000_000);
    assertThat(http.readTimeoutSeconds()).isEqualTo(3);
    assertThat(http.workers()).isEqualTo(8);
    // The import code holds a body in memory: more than 32 MiB is refused at start.
    assertThatThrownBy(
            () -> ServerConfig.parse(new String[] {"--max-import-bytes", "99999999"}, Map.of()))
        .isInstanceOf(ServerConfig.UsageException.class)
        .hasMessageContaining("32 MiB");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--read-timeout", "0"}, Map.of()))
        .isInstanceOf(ServerConfig.UsageException.class);
  }
}
