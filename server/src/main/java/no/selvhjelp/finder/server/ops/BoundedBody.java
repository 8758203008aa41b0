package no.selvhjelp.finder.server.ops;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A request body that stops at its limit while it is read, so no reader (form, JSON, CSV, the
 * import's byte array) can hold more than the limit, and that turns a client's failure to send (the
 * read timeout, a closed connection) into the client's error instead of a server fault.
 */
final class BoundedBody extends FilterInputStream {
  private final long limit;
  private final Supplier<RuntimeException> tooLarge;
  private final IntFunction<RuntimeException> notReceived;
  private long read;

  /**
   * @param tooLarge what to throw once more than {@code limit} bytes arrived
   * @param notReceived what to throw when the client did not send (408 for a timeout, else 400)
   */
  BoundedBody(
      InputStream in,
      long limit,
      Supplier<RuntimeException> tooLarge,
      IntFunction<RuntimeException> notReceived) {
    super(in);
    this.limit = limit;
    this.tooLarge = tooLarge;
    this.notReceived = notReceived;
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = super.read();
    } catch (IOException e) {
      throw notReceived.apply(status(e));
    }
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    // Never ask for more than one byte past the limit: that byte is enough to know.
    long room = limit - read + 1;
    int n;
    try {
      n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
    } catch (IOException e) {
      throw notReceived.apply(status(e));
    }
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    int skipped = read(sink, 0, sink.length);
    return Math.max(0, skipped);
  }

  private void count(int n) {
    read += n;
    if (read > limit) {
      throw tooLarge.get();
    }
  }

  /** 408 if the client went silent, 400 if the body ended or broke off otherwise. */
  static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
        return 408;
      }
    }
    return 400;
  }
}
