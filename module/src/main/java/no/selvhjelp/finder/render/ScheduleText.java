package no.selvhjelp.finder.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what it safely can from a free-text schedule ("Kvar tysdag kl. 18.00", "Annenhver mandag kl
 * 19:30") for schema.org's {@code Schedule}: weekdays in Bokmål or Nynorsk, a start time, and
 * weekly or fortnightly repetition. Anything it cannot read is left to the text itself.
 */
final class ScheduleText {
  private static final Map<Pattern, String> DAYS = new LinkedHashMap<>();

  static {
    day("mandag|måndag|mandagar|måndagar|mandager", "Monday");
    day("tirsdag|tysdag|tirsdager|tysdagar", "Tuesday");
    day("onsdag|onsdager|onsdagar", "Wednesday");
    day("torsdag|torsdager|torsdagar", "Thursday");
    day("fredag|fredager|fredagar", "Friday");
    day("lørdag|laurdag|lørdager|laurdagar", "Saturday");
    day("søndag|sundag|søndager|sundagar", "Sunday");
  }

  private static final Pattern TIME = Pattern.compile("\\bkl\\.?\\s*(\\d{1,2})(?:[.:](\\d{2}))?");
  private static final Pattern FORTNIGHTLY =
      Pattern.compile(
          "\\b(annenhver|annakvar|annankvar|annan\\s+kvar|hver\\s+andre|kvar\\s+andre)\\b");
  private static final Pattern WEEKLY = Pattern.compile("\\b(hver|kvar|kvart|hvert)\\b");

  private ScheduleText() {}

  private static void day(String words, String schemaDay) {
    DAYS.put(
        Pattern.compile("\\b(" + words + ")\\b", Pattern.UNICODE_CHARACTER_CLASS),
        "https://schema.org/" + schemaDay);
  }

  /**
   * @param byDay schema.org day URLs, in week order
   * @param startTime {@code HH:MM}, or null
   * @param repeatFrequency an ISO 8601 duration ({@code P1W}, {@code P2W}), or null
   */
  record Parsed(List<String> byDay, String startTime, String repeatFrequency) {}

  static Parsed parse(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
    List<String> days = new ArrayList<>();
    DAYS.forEach(
        (pattern, day) -> {
          if (pattern.matcher(t).find()) {
            days.add(day);
          }
        });
    String start = null;
    Matcher m = TIME.matcher(t);
    if (m.find()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (hour < 24 && minute < 60) {
        start = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
      }
    }
    String frequency = null;
    if (!days.isEmpty()) {
      if (FORTNIGHTLY.matcher(t).find()) {
        frequency = "P2W";
      } else if (WEEKLY.matcher(t).find()) {
        frequency = "P1W";
      }
    }
    return new Parsed(days, start, frequency);
  }
}
