package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigSmtpTest {
  @Test
  void withoutAnSmtpHostSignUpMailIsOff() throws Exception {
    assertThat(ServerConfig.parse(new String[0], Map.of()).smtp()).isNull();
  }

  @Test
  void flagsOverrideTheEnvironmentAndTheLoginComesFromTheEnvironmentOnly() throws Exception {
    ServerConfig c =
        ServerConfig.parse(
            new String[] {"--smtp-host", "smtp.example.org", "--smtp-starttls", "false"},
            Map.of(
                "SELVHJELP_SMTP_HOST", "ignored.example.org",
                "SELVHJELP_SMTP_PORT", "2525",
                "SELVHJELP_SMTP_FROM", "finner@example.org",
                "SELVHJELP_SMTP_USER", "finner",
                "SELVHJELP_SMTP_PASSWORD", "s3cret"));
    assertThat(c.smtp().host()).isEqualTo("smtp.example.org");
    assertThat(c.smtp().port()).isEqualTo(2525);
    assertThat(c.smtp().from()).isEqualTo("finner@example.org");
    assertThat(c.smtp().startTls()).isFalse();
    assertThat(c.smtp().user()).isEqualTo("finner");
    assertThat(c.smtp().password()).isEqualTo("s3cret");
    assertThat(c.smtp().toString()).doesNotContain("s3cret");
  }

  @Test
  void startTlsIsOnByDefaultAndASenderIsRequired() throws Exception {
    ServerConfig c =
        ServerConfig.parse(
            new String[] {"--smtp-host", "smtp.example.org", "--smtp-from", "f@example.org"},
            Map.of());
    assertThat(c.smtp().startTls()).isTrue();
    assertThat(c.smtp().port()).isEqualTo(587);
    assertThatThrownBy(
            () -> ServerConfig.parse(new String[] {"--smtp-host", "smtp.example.org"}, Map.of()))
        .hasMessageContaining("--smtp-from");
    assertThatThrownBy(
            () -> ServerConfig.parse(new String[] {"--smtp-from", "f@example.org"}, Map.of()))
        .hasMessageContaining("--smtp-host");
  }
}
