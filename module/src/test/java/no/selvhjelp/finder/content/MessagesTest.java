package no.selvhjelp.finder.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which words a page in each language gets. */
class MessagesTest {
  private final Messages messages = Messages.load();

  @Test
  void nynorskLabelsComeFromTheNynorskBundle() {
    assertThat(messages.labels("nn").get("selvhjelp.ui.form.q")).isEqualTo("Søkjeord");
  }

  @Test
  void motherTonguePagesGetEnglishLabelsAroundTheirOwnAboutText() {
    Map<String, String> arabic = messages.labels("ar");
    assertThat(arabic.get("selvhjelp.ui.form.submit")).isEqualTo("Search");
    assertThat(arabic.get("selvhjelp.theme.sorg")).isEqualTo("Grief");
    assertThat(arabic.get("selvhjelp.about.title")).isEqualTo("ما هي مجموعة المساعدة الذاتية؟");
    assertThat(arabic.get("selvhjelp.about.review")).isEqualTo("awaiting-native-review");
  }

  @Test
  void theUiLanguagesStayNbNnEn() {
    assertThat(messages.languages()).containsExactly("nb", "nn", "en");
    assertThat(messages.hasPageLanguage("uk")).isTrue();
    assertThat(messages.hasPageLanguage("de")).isFalse();
  }
}
