package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
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
}
