package no.selvhjelp.finder.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthResourceTest {
  private final Readiness readiness = new Readiness();
  private final AtomicInteger counted = new AtomicInteger();
  private final HealthResource health =
      new HealthResource(
          readiness,
          () -> {
            counted.incrementAndGet();
            return 42;
          });

  @Test
  void whenReadyItAnswersUpWithTheCountItIsGivenAndReadsNothingElse() {
    readiness.ready();

    var response = health.health();

    assertThat(response.getStatus()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) response.getEntity();
    assertThat(body).containsEntry("status", "UP").containsEntry("groups", 42L);
    assertThat(counted).hasValue(1);
  }

  @Test
  void whileStartingItAnswers503WithoutCounting() {
    readiness.starting("rebuilding index");

    var response = health.health();

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(counted).hasValue(0);
  }
}
