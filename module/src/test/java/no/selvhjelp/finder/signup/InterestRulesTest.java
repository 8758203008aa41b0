package no.selvhjelp.finder.signup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterestRulesTest {
  private final InterestRules rules = new InterestRules();

  private static InterestForm form(String name, String email, String phone, String message) {
    return new InterestForm(name, email, phone, message, true, "");
  }

  private static String fields(InterestRules.Checked checked) {
    return checked.errors().stream().map(FieldError::field).toList().toString();
  }

  @Test
  void anEmailAloneIsEnoughAndValuesAreTrimmed() {
    InterestRules.Checked c =
        rules.check(form("  Åse ", " aase@example.org ", "", " Hei\r\npå deg "));
    assertThat(c.valid()).isTrue();
    assertThat(c.interest()).isEqualTo(new Interest("Åse", "aase@example.org", "", "Hei\npå deg"));
  }

  @Test
  void aPhoneNumberAloneIsEnough() {
    assertThat(rules.check(form("", "", "+47 912 34 567", "")).valid()).isTrue();
    assertThat(rules.check(form("", "", "91234567", "")).valid()).isTrue();
  }

  @Test
  void neitherEmailNorPhoneIsAskedFor() {
    InterestRules.Checked c = rules.check(form("Åse", "", "", "Hei"));
    assertThat(c.valid()).isFalse();
    assertThat(c.errors())
        .containsExactly(new FieldError("email", "selvhjelp.ui.interest.error.reach"));
  }

  @Test
  void malformedEmailAndPhoneAreNamed() {
    InterestRules.Checked c = rules.check(form("", "aase@", "1234", ""));
    assertThat(fields(c)).isEqualTo("[email, phone]");
    assertThat(rules.check(form("", "a b@example.org", "", "")).valid()).isFalse();
    assertThat(rules.check(form("", "a@example.org\r\nBcc: x@y.no", "", "")).valid()).isFalse();
    assertThat(rules.check(form("", "", "+47 912 34 567 890 123", "")).valid()).isFalse();
  }

  @Test
  void theMessageIsLengthLimited() {
    String max = "ø".repeat(InterestRules.MESSAGE_MAX);
    assertThat(rules.check(form("", "a@example.org", "", max)).valid()).isTrue();
    assertThat(fields(rules.check(form("", "a@example.org", "", max + "x"))))
        .isEqualTo("[message]");
  }

  @Test
  void aNameOnSeveralLinesOrTooLongIsRefused() {
    assertThat(fields(rules.check(form("Åse\nBcc", "a@example.org", "", "")))).isEqualTo("[name]");
    assertThat(fields(rules.check(form("x".repeat(81), "a@example.org", "", ""))))
        .isEqualTo("[name]");
  }

  @Test
  void nothingIsSentWithoutConsent() {
    InterestForm noConsent = new InterestForm("", "a@example.org", "", "", false, "");
    assertThat(rules.check(noConsent).errors())
        .containsExactly(new FieldError("consent", "selvhjelp.ui.interest.error.consent"));
  }
}
