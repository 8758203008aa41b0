package no.selvhjelp.finder.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which words a page in each language gets, and that no language misses one. */
class MessagesTest {
  private final Messages messages = Messages.load();

  /** Every visitor key any bundle has: a key added to one language must reach all of them. */
  private Set<String> allVisitorKeys() {
    Set<String> keys = new TreeSet<>();
    for (String lang : Messages.PAGE_LANGUAGES) {
      messages.ownKeys(lang).stream().filter(Messages::isVisitorKey).forEach(keys::add);
    }
    return keys;
  }

  @Test
  void everyPageLanguageHasEveryTextAVisitorSees() {
    Set<String> all = allVisitorKeys();
    for (String lang : Messages.PAGE_LANGUAGES) {
      Set<String> missing = new TreeSet<>(all);
      missing.removeAll(messages.ownKeys(lang));
      assertThat(missing).as("keys missing in selvhjelp-messages_" + lang).isEmpty();
      for (String key : all) {
        assertThat(messages.labels(lang).get(key)).as(lang + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void everyTextWrittenWithoutANativeSpeakerHasOneReviewStatus() {
    for (String lang : Messages.PAGE_LANGUAGES) {
      if (Messages.TEAM_LANGUAGES.contains(lang)) {
        continue;
      }
      Set<String> own = new TreeSet<>(messages.ownKeys(lang));
      Map<String, String> statuses = messages.reviewStatuses(lang);
      assertThat(statuses.keySet()).as("review statuses of " + lang).isEqualTo(own);
      assertThat(statuses.values())
          .as("statuses in selvhjelp-review_" + lang)
          .allMatch(v -> v.equals(Messages.DRAFT) || v.equals(Messages.REVIEWED));
    }
  }

  @Test
  void aLanguageAwaitsReviewWhileAnyOfItsTextsIsADraft() {
    assertThat(messages.awaitsReview("ar")).isTrue();
    assertThat(messages.awaitsReview("se")).isTrue();
    assertThat(messages.awaitsReview("nb")).isFalse();
    assertThat(messages.reviewStatus("nn", "selvhjelp.ui.form.q")).isEqualTo(Messages.REVIEWED);
    assertThat(messages.reviewStatus("ti", "selvhjelp.ui.form.q")).isEqualTo(Messages.DRAFT);
  }

  @Test
  void eachPageLanguageShowsItsOwnWordsNotEnglish() {
    assertThat(messages.labels("nn").get("selvhjelp.ui.form.q")).isEqualTo("Søkjeord");
    assertThat(messages.labels("ar").get("selvhjelp.ui.form.submit")).isEqualTo("ابحث");
    assertThat(messages.labels("ti").get("selvhjelp.ui.form.submit")).isEqualTo("ድለ");
    assertThat(messages.labels("se").get("selvhjelp.ui.form.submit")).isEqualTo("Oza");
    assertThat(messages.labels("uk").get("selvhjelp.theme.sorg")).isEqualTo("Горе і втрата");
    assertThat(messages.labels("ar").get("selvhjelp.about.title"))
        .isEqualTo("ما هي مجموعة المساعدة الذاتية؟");
  }

  @Test
  void editorTextsFallBackToEnglishOrForSamiToBokmaal() {
    assertThat(messages.labels("ar").get("selvhjelp.apps.groups.label"))
        .isEqualTo(messages.labels("en").get("selvhjelp.apps.groups.label"));
    assertThat(messages.labels("se").get("selvhjelp.apps.groups.label"))
        .isEqualTo("Selvhjelpsgrupper");
  }

  @Test
  void everyPageLanguageIsAJavaLocaleMagnoliaCanLoadABundleFor() {
    for (String lang : Messages.PAGE_LANGUAGES) {
      Locale locale = Locale.forLanguageTag(lang);
      assertThat(locale.getLanguage()).as(lang).isEqualTo(lang);
      assertThat(locale.getDisplayLanguage(Locale.ENGLISH)).as(lang).isNotEqualTo(lang);
      // Magnolia reads <basename>_<locale>.properties from the module's i18n folder.
      assertThat(
              Messages.class.getResource(
                  "/selvhjelp/i18n/selvhjelp-messages_" + locale + ".properties"))
          .as(lang)
          .isNotNull();
    }
  }

  @Test
  void theWidgetsOwnTextsAreTheBundlesTexts() throws IOException {
    String widget =
        Files.readString(
            Path.of("../light-modules/selvhjelp/webresources/widget.js"), StandardCharsets.UTF_8);
    Map<String, Map<String, String>> blocks = new HashMap<>();
    Matcher block =
        Pattern.compile(
                "\\n    ([a-z]{2}): \\{\\n((?:      \\w+: '(?:[^'\\\\]|\\\\.)*',\\n)+)    },")
            .matcher(widget);
    while (block.find()) {
      Map<String, String> texts = new HashMap<>();
      Matcher entry = Pattern.compile("(\\w+): '((?:[^'\\\\]|\\\\.)*)'").matcher(block.group(2));
      while (entry.find()) {
        texts.put(entry.group(1), entry.group(2).replace("\\'", "'"));
      }
      blocks.put(block.group(1), texts);
    }
    assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(Messages.PAGE_LANGUAGES);
    for (String lang : Messages.PAGE_LANGUAGES) {
      for (String key : List.of("loading", "searching", "error", "retry", "fallback", "back")) {
        assertThat(blocks.get(lang).get(key))
            .as(lang + " " + key)
            .isEqualTo(messages.labels(lang).get("selvhjelp.ui.widget." + key));
      }
    }
  }

  @Test
  void theApiLanguagesStayNbNnEn() {
    assertThat(messages.languages()).containsExactly("nb", "nn", "en");
    assertThat(messages.hasPageLanguage("se")).isTrue();
    assertThat(messages.hasPageLanguage("de")).isFalse();
  }
}
