package no.selvhjelp.finder.signup;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one sign-up from a visitor to the contact person's inbox. It reads the group, never writes
 * to the repository, and keeps nothing: the visitor's words exist only in this request and in the
 * e-mail. Log lines name the group, never the visitor.
 */
public final class SignupService {
  private static final Logger LOG = LoggerFactory.getLogger(SignupService.class);

  /** What became of a sign-up; the host turns each into a page and a status. */
  public sealed interface Outcome {}

  /** Sent (or, for a bot that filled the honeypot, pretended to be). */
  public record Sent() implements Outcome {}

  /** Nothing sent; the visitor should fix these fields. */
  public record Invalid(List<FieldError> errors) implements Outcome {}

  /** Nothing sent; too many sign-ups from this client or to this group just now. */
  public record RateLimited(Duration retryAfter, long retryAfterSeconds) implements Outcome {}

  /** Nothing sent; this server has no mail transport configured. */
  public record Unavailable() implements Outcome {}

  /** Nothing sent; no published group with this id, or it has nobody to e-mail. */
  public record NoRecipient() implements Outcome {}

  /** The mail server did not take the message. */
  public record Failed() implements Outcome {}

  private final ContentStore store;
  private final InterestRules rules;
  private final InterestMailComposer composer;
  private final SignupRateLimiter limiter;
  private final Optional<MailTransport> transport;

  /**
   * @param transport empty when the host has no mail server configured: the form then says sign-up
   *     is unavailable
   */
  public SignupService(
      ContentStore store,
      InterestRules rules,
      InterestMailComposer composer,
      SignupRateLimiter limiter,
      Optional<MailTransport> transport) {
    this.store = store;
    this.rules = rules;
    this.composer = composer;
    this.limiter = limiter;
    this.transport = transport;
  }

  public boolean available() {
    return transport.isPresent();
  }

  /** The group's recipient, if the group is public and has one. */
  public Optional<Recipient> recipient(String groupId) {
    if (groupId == null || !Codes.ID.matcher(groupId).matches()) {
      return Optional.empty();
    }
    Optional<Group> group = store.group(groupId).filter(Group::publiclyVisible);
    if (group.isEmpty()) {
      return Optional.empty();
    }
    Group g = group.get();
    ContactPoint cp =
        g.contactPointId() == null ? null : store.contactPoint(g.contactPointId()).orElse(null);
    return SignupRecipients.of(g, cp).map(email -> new Recipient(g, email));
  }

  /** A group and the address its sign-ups go to. */
  public record Recipient(Group group, String email) {}

  /**
   * @param client the visitor's network address, for the rate limit only (kept in memory, never
   *     logged)
   * @param pageLang the language of the page the visitor used
   */
  public Outcome submit(String groupId, InterestForm form, String client, String pageLang) {
    Optional<Recipient> recipient = recipient(groupId);
    if (recipient.isEmpty()) {
      return new NoRecipient();
    }
    if (transport.isEmpty()) {
      return new Unavailable();
    }
    if (form.honeypotFilled()) {
      // Looks like success to the bot, and counts against its address like a real message.
      limiter.acquire(client, groupId);
      LOG.info("Sign-up for group {} dropped: honeypot filled", groupId);
      return new Sent();
    }
    InterestRules.Checked checked = rules.check(form);
    if (!checked.valid()) {
      return new Invalid(checked.errors());
    }
    SignupRateLimiter.Decision decision = limiter.acquire(client, groupId);
    if (!decision.allowed()) {
      LOG.info("Sign-up for group {} refused: rate limit", groupId);
      return new RateLimited(decision.retryAfter(), decision.retryAfterSeconds());
    }
    Recipient r = recipient.get();
    InterestMail mail = composer.compose(r.group(), r.email(), checked.interest(), pageLang);
    try {
      transport.get().send(mail);
    } catch (MailTransport.MailFailure e) {
      LOG.warn("Sign-up for group {} not sent: {}", groupId, e.getMessage());
      return new Failed();
    }
    LOG.info("Sign-up for group {} sent", groupId);
    return new Sent();
  }
}
