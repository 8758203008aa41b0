package no.selvhjelp.finder.server.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import no.selvhjelp.finder.signup.InterestMail;
import no.selvhjelp.finder.signup.MailTransport;

/**
 * Sends sign-ups over SMTP with Jakarta Mail, one connection per mail (sign-ups are rare), each
 * step bounded by the configured timeout so a dead mail server answers the visitor within seconds.
 * Failures are reported by exception type only: Jakarta Mail's messages can quote addresses.
 */
public final class SmtpMailTransport implements MailTransport {
  /**
   * Jakarta Mail traces the whole SMTP dialogue, the visitor's message included, to these
   * java.util.logging loggers at FINE and below. Held here (JUL keeps loggers weakly) at INFO, so a
   * host's logging set to DEBUG cannot switch the trace on; logback.xml pins them at WARN too.
   */
  private static final List<java.util.logging.Logger> QUIET_MAIL_LOGGERS =
      List.of(
          java.util.logging.Logger.getLogger("org.eclipse.angus.mail"),
          java.util.logging.Logger.getLogger("jakarta.mail"));

  private final Session session;
  private final InternetAddress from;

  public SmtpMailTransport(SmtpConfig config) {
    QUIET_MAIL_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.INFO));
    Properties p = new Properties();
    String millis = Long.toString(config.timeout().toMillis());
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", config.host());
    p.setProperty("mail.smtp.port", Integer.toString(config.port()));
    p.setProperty("mail.smtp.connectiontimeout", millis);
    p.setProperty("mail.smtp.timeout", millis);
    p.setProperty("mail.smtp.writetimeout", millis);
    // Never the protocol trace: it would contain the visitor's message.
    p.setProperty("mail.debug", "false");
    if (config.startTls()) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
      p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    Authenticator auth = null;
    if (config.user() != null) {
      p.setProperty("mail.smtp.auth", "true");
      PasswordAuthentication credentials =
          new PasswordAuthentication(
              config.user(), config.password() == null ? "" : config.password());
      auth =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return credentials;
            }
          };
    }
    this.session = Session.getInstance(p, auth);
    try {
      this.from = new InternetAddress(config.from(), true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("The SMTP sender address is not valid");
    }
  }

  @Override
  public void send(InterestMail mail) throws MailFailure {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(from);
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      if (mail.replyTo() != null) {
        m.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo(), true)});
      }
      m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      m.setText(mail.text(), StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
    } catch (AddressException e) {
      throw new MailFailure("an address was not valid");
    } catch (MessagingException e) {
      throw new MailFailure("SMTP failed: " + e.getClass().getSimpleName() + cause(e));
    }
  }

  /** The underlying I/O failure's type (e.g. SocketTimeoutException), which names no person. */
  private static String cause(MessagingException e) {
    Throwable c = e.getCause();
    return c == null ? "" : " (" + c.getClass().getSimpleName() + ")";
  }
}
