package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.editorial.ImportJobs;
import org.junit.jupiter.api.Test;

/**
 * The background import queue is bounded (each job holds its whole body): with one import running
 * and {@value ImportJobs#MAX_WAITING} waiting, one more is a 503 with Retry-After and nothing is
 * queued; once the queue drains, the same request is accepted.
 */
class ImportQueueApiTest {
  @Test
  void aFullImportQueueAnswers503WithRetryAfterAndAcceptsAgainWhenItDrains() throws Exception {
    try (ApiServer api = new ApiServer()) {
      ImportJobs jobs = api.engine.importJobs();
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      String last = null;
      try {
        jobs.submit(
            progress -> {
              running.countDown();
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new ImportCounts(0, 0, 0);
            });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < ImportJobs.MAX_WAITING; i++) {
          last = jobs.submit(progress -> new ImportCounts(0, 0, 0)).id();
        }
        ApiServer.Reply refused =
            api.post("/api/v1/admin/imports", "{\"groups\":[]}", ApiServer.TOKEN);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(refused.body().get("error").asText()).contains("already waiting");
      } finally {
        release.countDown();
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      String id = last;
      while (!jobs.status(id).orElseThrow().state().equals("succeeded")
          && System.nanoTime() < deadline) {
        Thread.sleep(5); // waiting on the condition above, bounded by the deadline
      }
      ApiServer.Reply accepted =
          api.post("/api/v1/admin/imports", "{\"groups\":[]}", ApiServer.TOKEN);
      assertThat(accepted.status()).isEqualTo(202);
    }
  }
}
