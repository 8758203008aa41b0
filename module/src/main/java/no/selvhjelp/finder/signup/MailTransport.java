package no.selvhjelp.finder.signup;

/**
 * Sends one e-mail, or fails within a bounded time. The standalone server implements it with
 * Jakarta Mail over SMTP; a Magnolia adapter can use Magnolia's mail module.
 */
public interface MailTransport {
  /**
   * @throws MailFailure if the mail was not accepted for delivery; its message must say nothing
   *     about the visitor or the recipient
   */
  void send(InterestMail mail) throws MailFailure;

  /** The mail did not go out. The message is fit for logs: it names no person. */
  final class MailFailure extends Exception {
    public MailFailure(String nonPersonalMessage) {
      super(nonPersonalMessage);
    }
  }
}
