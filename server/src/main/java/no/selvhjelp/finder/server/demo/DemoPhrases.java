package no.selvhjelp.finder.server.demo;

import java.util.List;
import java.util.Map;

/**
 * Every sentence fragment a demo group needs, in one written standard. Bokmål and Nynorsk each get
 * one instance, so the generator never has to know which standard it is writing.
 *
 * <p>Templates use {@code {dag}}, {@code {tid}}, {@code {maaned}}, {@code {kurs}} and {@code
 * {kontakt}} as placeholders.
 */
record DemoPhrases(
    String language,
    List<String> weekdays,
    List<String> schedulePatterns,
    String courseSchedule,
    String starting,
    String full,
    String paused,
    String closed,
    String digital,
    String hybrid,
    String english,
    String courseIntro,
    String courseSummary,
    String groupMarker,
    String contactPointMarker,
    List<String> streets,
    List<String> venues,
    Map<String, CourseText> courses,
    Map<String, List<ThemeVariant>> themes) {

  /** Appended to a schedule so it is obvious, even in a list, that the group meets online. */
  static final String ONLINE = ", på nett (video)";

  static final String IN_ROOM_AND_ONLINE = ", i lokalet og på nett (video)";

  /** Months a group can start in; identical in both standards. */
  static final List<String> MONTHS =
      List.of("januar", "februar", "mars", "april", "august", "september", "oktober");

  /** One way of presenting a group about one theme; {@code {sted}} in the title is the place. */
  record ThemeVariant(String title, String summary, String body, String audience) {}

  /** A coping course that groups grow out of, and the title such a group gets. */
  record CourseText(String course, String title) {}
}
