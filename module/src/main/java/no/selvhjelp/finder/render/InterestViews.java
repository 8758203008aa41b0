package no.selvhjelp.finder.render;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.signup.FieldError;
import no.selvhjelp.finder.signup.InterestForm;
import no.selvhjelp.finder.signup.InterestRules;
import no.selvhjelp.finder.signup.SignupRecipients;

/**
 * "Meld interesse" on a group's page, as the template reads it: the form with what the visitor
 * typed and what to fix, the outcome of a post, or nothing where sign-up cannot reach the group.
 */
final class InterestViews {
  private final Links links;
  private final boolean signupAvailable;

  InterestViews(Links links, boolean signupAvailable) {
    this.links = links;
    this.signupAvailable = signupAvailable;
  }

  InterestView of(
      Group g,
      ContactPoint cp,
      ValueLabels labels,
      String lang,
      boolean fragment,
      Map<String, List<String>> params,
      InterestState state) {
    VisitorParams langOnly =
        lang == null ? VisitorParams.NONE : VisitorParams.NONE.with("lang", lang);
    String detail = links.detail(g.id());
    InterestForm form = state.form();
    Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put(InterestForm.NAME, form.name());
    values.put(InterestForm.EMAIL, form.email());
    values.put(InterestForm.PHONE, form.phone());
    values.put(InterestForm.MESSAGE, form.message());
    Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
    List<Views.ErrorItem> errorList = new java.util.ArrayList<>();
    for (FieldError e : state.errors()) {
      String text = labels.text(e.messageKey());
      fieldErrors.putIfAbsent(e.field(), text);
      errorList.add(new Views.ErrorItem(e.field(), text));
    }
    String alert =
        state.alertKey() == null
            ? null
            : labels
                .text(state.alertKey())
                .replace("{minutes}", Long.toString(Math.max(1, state.retryMinutes())));
    List<String> sent = params.get("interest");
    boolean hasRecipient = SignupRecipients.of(g, cp).isPresent();
    boolean answersAPost = state.status() != 200 || (sent != null && sent.contains("sent"));
    if ((!signupAvailable || !hasRecipient) && !answersAPost) {
      // A box that can only say "not here" is a dead end: the page shows the group's contact
      // (#shf-contact) instead. After a post, it stays, to say why nothing was sent.
      return null;
    }
    return new InterestView(
        GroupDetailComponent.INTEREST_ANCHOR,
        hasRecipient,
        signupAvailable,
        !fragment,
        langOnly.href(detail) + "#" + GroupDetailComponent.INTEREST_ANCHOR,
        langOnly.href(detail + "/interest"),
        sent != null && sent.contains("sent"),
        alert,
        values,
        form.consent(),
        fieldErrors,
        errorList,
        InterestRules.MESSAGE_MAX,
        InterestForm.HONEYPOT);
  }
}
