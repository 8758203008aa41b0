package no.selvhjelp.finder.signup;

import java.util.Optional;
import java.util.regex.Pattern;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;

/**
 * Whom a sign-up goes to: the group's own contact e-mail, else its contact point's. A group with
 * neither gets no form: its page says how to get in touch instead.
 */
public final class SignupRecipients {
  private static final Pattern PLAIN_ADDRESS =
      Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+");

  private SignupRecipients() {}

  public static Optional<String> of(Group group, ContactPoint contactPoint) {
    if (group.contact() != null && usable(group.contact().email())) {
      return Optional.of(group.contact().email().strip());
    }
    if (contactPoint != null && usable(contactPoint.email())) {
      return Optional.of(contactPoint.email().strip());
    }
    return Optional.empty();
  }

  private static boolean usable(String email) {
    return email != null && PLAIN_ADDRESS.matcher(email.strip()).matches();
  }
}
