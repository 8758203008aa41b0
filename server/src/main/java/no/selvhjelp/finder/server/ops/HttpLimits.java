package no.selvhjelp.finder.server.ops;

/**
 * What one request may cost the server: body sizes by kind, how long a body may take to arrive, and
 * the HTTP worker pool.
 *
 * @param formBytes the sign-up form ({@code application/x-www-form-urlencoded})
 * @param jsonBytes any other body: one item's JSON ({@code PUT}, {@code PATCH}), small admin posts
 * @param importBytes imports ({@code POST /api/v1/import}, {@code /api/v1/admin/import.csv}, {@code
 *     /api/v1/admin/imports}); at most {@link #MAX_IMPORT_BYTES}, which the import code holds in
 *     memory
 * @param readTimeoutSeconds the longest a worker waits for the next bytes of a request
 * @param workers HTTP worker threads
 */
public record HttpLimits(
    int formBytes, int jsonBytes, int importBytes, int readTimeoutSeconds, int workers) {
  public static final int MAX_IMPORT_BYTES = 32 * 1024 * 1024;

  /**
   * A sign-up form is a few hundred bytes (its message is at most a few thousand characters); one
   * item's JSON is a few KB; an import of every group in Norway is a few MB. A form arrives in well
   * under a second even on a poor mobile connection, so ten seconds of silence is a client that is
   * not sending. 32 workers: a search takes milliseconds, so they are idle unless something waits,
   * and a handful of stalled clients still leaves most of them free.
   */
  public static final HttpLimits DEFAULT =
      new HttpLimits(16 * 1024, 1024 * 1024, MAX_IMPORT_BYTES, 10, 32);

  public HttpLimits {
    if (formBytes < 1 || jsonBytes < 1 || importBytes < 1) {
      throw new IllegalArgumentException("body limits must be at least 1 byte");
    }
    if (importBytes > MAX_IMPORT_BYTES) {
      throw new IllegalArgumentException(
          "the import limit is at most " + MAX_IMPORT_BYTES + " bytes (32 MiB)");
    }
    if (readTimeoutSeconds < 1) {
      throw new IllegalArgumentException("the read timeout must be at least 1 second");
    }
    if (workers < 2) {
      throw new IllegalArgumentException("at least 2 workers are needed");
    }
  }
}
