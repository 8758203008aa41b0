package no.selvhjelp.finder.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.server.demo.DemoContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor in Tromsø ticks "Grupper etter et kurs" on the demo content, sees only groups that
 * continue a course, each card saying which course and where, opens one, and goes back; a contact
 * point's "groups after our courses" list shows only its own. Screenshots go to {@code
 * target/screenshots/course-*.png}.
 */
class CourseFilterBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static LiveFinder finder;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.launch();
    finder = new LiveFinder(new DemoContent(ReferenceData.load()).batch());
  }

  @AfterAll
  static void stop() throws Exception {
    if (finder != null) {
      finder.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aVisitorTicksTheCourseBoxAndSeesOnlyGroupsAfterACourseThenOpensOneAndGoesBack() {
    try (WatchedPage w = new WatchedPage(browser.page())) {
      Page page = w.page;
      page.navigate(finder.url("/embed/groups?kommune=5501"));
      page.getByLabel("Grupper etter et kurs").check();
      page.locator("button.shf-button").click();
      page.waitForURL("**/embed/groups?*afterCourse=true*");
      assertThat(page.locator("#shf-group-finder-afterCourse").isChecked()).isTrue();
      List<String> courses = page.locator(".shf-result-course").allTextContents();
      assertThat(courses).isNotEmpty();
      assertThat(page.locator(".shf-result").count()).isEqualTo(courses.size());
      assertThat(courses).allSatisfy(c -> assertThat(c).startsWith("Startet etter kurset «"));
      assertThat(courses).anySatisfy(c -> assertThat(c).contains(" hos Lærings- og mestrings"));
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("course-filter-nb.png"))
              .setFullPage(true));

      String listUrl = page.url();
      page.locator(".shf-result-title a").first().click();
      page.waitForURL("**/embed/groups/demo-*");
      assertThat(page.locator("dt").allTextContents()).contains("Kurs");
      page.goBack();
      page.waitForURL(listUrl);
      assertThat(page.locator("#shf-group-finder-afterCourse").isChecked()).isTrue();
      w.assertClean(finder.origin());
    }
  }

  @Test
  void onAPhoneInNynorskTheCourseBoxAndCardsReadWell() {
    try (WatchedPage w = new WatchedPage(browser.page(375, 800))) {
      Page page = w.page;
      page.navigate(finder.url("/embed/groups?lang=nn&afterCourse=true&fylke=46"));
      assertThat(page.getByLabel("Grupper etter eit kurs").isChecked()).isTrue();
      assertThat(page.locator(".shf-result-course").first().textContent())
          .startsWith("Starta etter kurset «");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("course-filter-nn-375.png"))
              .setFullPage(true));
      w.assertClean(finder.origin());
    }
  }
}
