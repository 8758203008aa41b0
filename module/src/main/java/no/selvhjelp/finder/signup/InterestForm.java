package no.selvhjelp.finder.signup;

import java.util.List;
import java.util.Map;

/**
 * What the visitor typed into the form, untrimmed and unchecked. It lives only for one request: it
 * is never written anywhere but into the e-mail and, after a mistake, back into the form.
 *
 * @param honeypot a field hidden from people and assistive technology; only bots fill it in
 */
public record InterestForm(
    String name, String email, String phone, String message, boolean consent, String honeypot) {
  public static final String NAME = "name";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String MESSAGE = "message";
  public static final String CONSENT = "consent";

  /**
   * "website" is a name form-filling bots cannot resist; people never see the field (see the
   * template), and the password managers that might fill it are kept off by autocomplete=off.
   */
  public static final String HONEYPOT = "website";

  public static final InterestForm EMPTY = new InterestForm("", "", "", "", false, "");

  /** From the posted form fields; a missing field is empty. */
  public static InterestForm of(Map<String, List<String>> fields) {
    return new InterestForm(
        first(fields, NAME),
        first(fields, EMAIL),
        first(fields, PHONE),
        first(fields, MESSAGE),
        !first(fields, CONSENT).isEmpty(),
        first(fields, HONEYPOT));
  }

  public boolean honeypotFilled() {
    return !honeypot.isBlank();
  }

  private static String first(Map<String, List<String>> fields, String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }
}
