package no.selvhjelp.finder.server.mail;

import java.time.Duration;

/**
 * Where interest sign-ups are sent from. Without a host the server has no mail transport and the
 * sign-up form says it is unavailable.
 *
 * @param from the sender address of every sign-up mail (the visitor's address is only Reply-To, so
 *     that mail from our server is not sent in their name)
 * @param startTls require STARTTLS before authenticating and sending
 * @param user null for a relay that needs no login
 * @param password from the environment only, never from the command line
 * @param timeout for connecting, reading and writing, each
 */
public record SmtpConfig(
    String host,
    int port,
    String from,
    boolean startTls,
    String user,
    String password,
    Duration timeout) {
  public static final int DEFAULT_PORT = 587;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public SmtpConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SMTP host is required");
    }
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("SMTP sender address (--smtp-from) is required");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be from 1 to 65535");
    }
  }

  /** Leaves the password out, so the config can be printed. */
  @Override
  public String toString() {
    return "SmtpConfig[host="
        + host
        + ", port="
        + port
        + ", from="
        + from
        + ", startTls="
        + startTls
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "***")
        + ", timeout="
        + timeout
        + "]";
  }
}
