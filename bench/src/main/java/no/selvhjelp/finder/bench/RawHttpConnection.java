package no.selvhjelp.finder.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends GETs and reads (and discards) the answers. A load
 * client on the same two cores as the server must be cheap, and java.net.http costs several times
 * more CPU per request than this. Handles Content-Length and chunked bodies, which is all Grizzly
 * sends.
 */
final class RawHttpConnection implements AutoCloseable {
  private final URI base;
  private final String host;
  private final String forwardedFor;
  private final byte[] skip = new byte[8192];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  RawHttpConnection(URI base) throws IOException {
    this(base, null);
  }

  /**
   * @param forwardedFor the client address this connection stands for, sent as {@code
   *     X-Forwarded-For} (a server started with {@code --trust-proxy} takes it as the client's);
   *     null for none
   */
  RawHttpConnection(URI base, String forwardedFor) throws IOException {
    this.base = base;
    this.host = base.getHost() + ":" + base.getPort();
    this.forwardedFor = forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n";
    connect();
  }

  /** Grizzly closes a keep-alive connection after 256 requests; the client then reconnects. */
  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    socket.setSoTimeout(30_000);
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  /** Sends a GET and reads the whole answer; returns its status. */
  int get(String path) throws IOException {
    out.write(
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + "\r\nAccept: */*\r\n"
                + forwardedFor
                + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        discard(size);
        line(); // CRLF after the chunk
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length > 0) {
      discard(length);
    }
    if (close) {
      socket.close();
      connect();
    }
    return status;
  }

  private long chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Long.parseLong(semicolon < 0 ? size.trim() : size.substring(0, semicolon).trim(), 16);
  }

  private void discard(long n) throws IOException {
    while (n > 0) {
      int read = in.read(skip, 0, (int) Math.min(skip.length, n));
      if (read < 0) {
        throw new EOFException("Connection closed in a body");
      }
      n -= read;
    }
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new EOFException("Connection closed");
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
