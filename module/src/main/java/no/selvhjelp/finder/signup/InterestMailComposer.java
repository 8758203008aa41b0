package no.selvhjelp.finder.signup;

import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.content.Messages;

/**
 * Writes the e-mail to the contact person: in Nynorsk if the visitor used the Nynorsk page, else in
 * Bokmål (contact persons are Norwegian services, whatever language the visitor read the page in).
 */
public final class InterestMailComposer {
  private final Messages messages;

  public InterestMailComposer(Messages messages) {
    this.messages = messages;
  }

  public InterestMail compose(Group group, String recipient, Interest interest, String pageLang) {
    String lang = "nn".equals(pageLang) ? "nn" : "nb";
    String notGiven = text(lang, "notGiven");
    StringBuilder body = new StringBuilder();
    body.append(text(lang, "intro").replace("{group}", group.title())).append("\n\n");
    line(body, text(lang, "name"), interest.name().isEmpty() ? notGiven : interest.name());
    line(body, text(lang, "email"), interest.email().isEmpty() ? notGiven : interest.email());
    line(body, text(lang, "phone"), interest.phone().isEmpty() ? notGiven : interest.phone());
    if (!interest.message().isEmpty()) {
      body.append('\n').append(text(lang, "message")).append('\n');
      body.append(interest.message()).append('\n');
    }
    body.append('\n').append(text(lang, "footer")).append('\n');
    String subject = text(lang, "subject").replace("{group}", group.title());
    return new InterestMail(
        recipient, interest.email().isEmpty() ? null : interest.email(), subject, body.toString());
  }

  private String text(String lang, String key) {
    return messages.get(lang, "selvhjelp.mail.interest." + key);
  }

  private static void line(StringBuilder body, String label, String value) {
    body.append(label).append(": ").append(value).append('\n');
  }
}
