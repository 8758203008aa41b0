package no.selvhjelp.finder.signup;

/**
 * The e-mail to a group's contact person.
 *
 * @param replyTo the visitor's address, so that "Reply" answers them; null if they gave only a
 *     phone number
 * @param text plain text, UTF-8
 */
public record InterestMail(String to, String replyTo, String subject, String text) {
  /** No personal data: what a log line or exception message may say about this mail. */
  @Override
  public String toString() {
    return "InterestMail[redacted]";
  }
}
