package no.selvhjelp.finder.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a sign-up. A name is optional; an e-mail address or a phone number (or both) is required
 * so the contact person can answer; the message is short; the visitor must agree to it being sent.
 */
public final class InterestRules {
  public static final int NAME_MAX = 80;
  public static final int EMAIL_MAX = 254; // RFC 5321's path limit
  public static final int PHONE_MAX = 20;
  public static final int MESSAGE_MAX = 1000;

  /**
   * Deliberately plain: one @, no spaces or characters that would need quoting in a header, and a
   * dot in the domain. Jakarta Mail's parser then checks it strictly before it becomes Reply-To.
   */
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  /** Norwegian numbers have 8 digits, foreign ones up to 15 (E.164) with a leading +. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{8,19}");

  /** Control characters other than line breaks and tabs (which a message may have). */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

  private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\t]");

  /** The outcome: either a checked interest or the list of what to fix (never both). */
  public record Checked(Interest interest, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public Checked check(InterestForm form) {
    List<FieldError> errors = new ArrayList<>();
    String name = form.name().strip();
    String email = form.email().strip();
    String phone = form.phone().strip();
    String message = form.message().strip().replace("\r\n", "\n");
    if (name.length() > NAME_MAX
        || LINE_BREAK.matcher(name).find()
        || CONTROL.matcher(name).find()) {
      errors.add(new FieldError(InterestForm.NAME, "selvhjelp.ui.interest.error.name"));
    }
    if (email.isEmpty() && phone.isEmpty()) {
      errors.add(new FieldError(InterestForm.EMAIL, "selvhjelp.ui.interest.error.reach"));
    }
    if (!email.isEmpty() && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
      errors.add(new FieldError(InterestForm.EMAIL, "selvhjelp.ui.interest.error.email"));
    }
    if (!phone.isEmpty() && !validPhone(phone)) {
      errors.add(new FieldError(InterestForm.PHONE, "selvhjelp.ui.interest.error.phone"));
    }
    if (message.length() > MESSAGE_MAX || CONTROL.matcher(message).find()) {
      errors.add(new FieldError(InterestForm.MESSAGE, "selvhjelp.ui.interest.error.message"));
    }
    if (!form.consent()) {
      errors.add(new FieldError(InterestForm.CONSENT, "selvhjelp.ui.interest.error.consent"));
    }
    if (!errors.isEmpty()) {
      return new Checked(null, List.copyOf(errors));
    }
    return new Checked(new Interest(name, email, phone, message), List.of());
  }

  private static boolean validPhone(String phone) {
    if (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches()) {
      return false;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    return digits >= 8 && digits <= 15;
  }
}
