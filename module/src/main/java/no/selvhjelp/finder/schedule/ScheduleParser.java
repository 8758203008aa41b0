package no.selvhjelp.finder.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.selvhjelp.finder.schedule.MeetingRule.Frequency;
import no.selvhjelp.finder.schedule.MeetingRule.WeekParity;

/**
 * Reads a group's free-text schedule into a {@link MeetingRule}, for calendar feeds and HSDS
 * schedules. Editors write Bokmål, Nynorsk or English ("Annenhver tirsdag kl. 18.00–19.30", "Kvar
 * onsdag 18:00-20:00", "første mandag i måneden kl 17–19", "Every Wednesday 18:00-20:00").
 *
 * <p>The reader is strict on purpose: the whole text must be understood, apart from a few known
 * remarks (a course the group follows on from, "på nett", "ikke i skoleferiene", the week parity).
 * Anything else ("men ikke i juli", "etter avtale", a day without "every") makes the text
 * unreadable, because a calendar entry on a wrong date sends someone to a locked door. Callers show
 * the text itself instead.
 */
public final class ScheduleParser {
  private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
  private static final String END = "(?![\\p{L}\\d])";

  private static final Pattern EVEN_WEEKS =
      Pattern.compile(
          "\\(?\\s*(?:i\\s+|in\\s+|on\\s+)?(?:partall?s(?:uker|uke|veker|veke)|like\\s+uker"
              + "|even(?:-numbered)?\\s+weeks|(?:uker|veker)\\s+med\\s+partall?)"
              + END
              + "\\s*\\)?",
          FLAGS);
  private static final Pattern ODD_WEEKS =
      Pattern.compile(
          "\\(?\\s*(?:i\\s+|in\\s+|on\\s+)?(?:oddetall?s(?:uker|uke|veker|veke)|ulike\\s+uker"
              + "|odd(?:-numbered)?\\s+weeks|(?:uker|veker)\\s+med\\s+oddetall?)"
              + END
              + "\\s*\\)?",
          FLAGS);
  private static final Pattern SCHOOL_HOLIDAYS =
      Pattern.compile(
          "\\(?\\s*,?\\s*(?:men\\s+|but\\s+)?(?:(?:ikke|ikkje)\\s+i\\s+(?:skoleferiene|skuleferiane"
              + "|skoleferien|skuleferien|skoleferier|skuleferiar)"
              + "|(?:except|not)\\s+(?:in|during)\\s+(?:the\\s+)?school\\s+holidays)"
              + END
              + "\\s*\\)?",
          FLAGS);
  private static final Pattern WHERE =
      Pattern.compile(
          ",?\\s*(?:(?:både\\s+)?i\\s+lokalet\\s+og\\s+)?(?:på\\s+nett|digitalt|online)"
              + "(?:\\s*\\((?:video|zoom|teams)\\))?"
              + END,
          FLAGS);
  private static final Pattern PREAMBLE = Pattern.compile("^(?:etter|after)" + END + "[^:]*:\\s+");

  private static final Pattern FORTNIGHTLY =
      Pattern.compile(
          "(?:annenhver|annakvar|annankvar|annan\\s+kvar|hver\\s+andre|kvar\\s+andre"
              + "|every\\s+other|every\\s+second|fortnightly\\s+on|fortnightly)"
              + END);
  private static final Pattern EVERY =
      Pattern.compile("(?:hver|hvert|kvar|kvart|every|each)" + END);
  private static final Pattern ORDINAL =
      Pattern.compile(
          "(første|forste|1\\.|1st|first|andre|2\\.|2nd|second|tredje|3\\.|3rd|third"
              + "|fjerde|4\\.|4th|fourth|siste|last)"
              + END);
  private static final Pattern AND = Pattern.compile("(?:og|and|&|,)" + END);
  private static final Pattern MONTH =
      Pattern.compile(
          "(?:i|in|of|hver|kvar|every|each)\\s+(?:the\\s+)?(?:måneden|månaden|måned|månad|month)"
              + END);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?:den\\s+|on\\s+the\\s+|the\\s+)?(\\d{1,2})(?:\\.|st|nd|rd|th)\\s+"
              + "(?:i|hver|kvar|of\\s+the|of\\s+each|of\\s+every|each|every)\\s+"
              + "(?:måneden|månaden|måned|månad|month)"
              + END);
  private static final Pattern DAY =
      Pattern.compile(
          "(mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag"
              + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(er|ar|s)?"
              + END);
  private static final Pattern TIME_WORD =
      Pattern.compile("(?:kl\\.?|klokka|klokken|at|fra|frå|from)(?![\\p{L}])");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d\\p{L}])");
  private static final Pattern UNTIL = Pattern.compile("(?:-|til|to)(?![\\p{L}])");
  private static final Pattern WEEKLY_AFTER =
      Pattern.compile(
          "(?:(?:hver|kvar|every)\\s+(?:uke|veke|week)|ukentlig|vekentleg|weekly)" + END);

  private ScheduleParser() {}

  /** A rule, or why there is none. */
  public record Reading(MeetingRule rule, String problem) {
    static Reading of(MeetingRule rule) {
      return new Reading(rule, null);
    }

    static Reading unreadable(String problem) {
      return new Reading(null, problem);
    }

    public Optional<MeetingRule> asRule() {
      return Optional.ofNullable(rule);
    }
  }

  public static Reading read(String text) {
    if (text == null || text.isBlank()) {
      return Reading.unreadable("no schedule");
    }
    String t =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
            .replaceAll("\\s+", " ")
            .trim();
    WeekParity parity = WeekParity.UNSTATED;
    Matcher even = EVEN_WEEKS.matcher(t);
    Matcher odd = ODD_WEEKS.matcher(t);
    boolean isEven = even.find();
    boolean isOdd = odd.find();
    if (isEven && isOdd) {
      return Reading.unreadable("names both even and odd weeks");
    }
    if (isEven || isOdd) {
      parity = isEven ? WeekParity.EVEN : WeekParity.ODD;
      t = (isEven ? even : odd).replaceFirst(" ");
    }
    Matcher holidays = SCHOOL_HOLIDAYS.matcher(t);
    boolean exceptHolidays = holidays.find();
    if (exceptHolidays) {
      t = holidays.replaceFirst(" ");
    }
    t = WHERE.matcher(t).replaceAll(" ");
    t = PREAMBLE.matcher(t.trim()).replaceFirst("");
    return new Core(t, parity, exceptHolidays).read();
  }

  /** The scanner over what is left once the known remarks are taken out. */
  private static final class Core {
    private final String s;
    private final WeekParity parity;
    private final boolean exceptHolidays;
    private int pos;
    private Matcher last;

    Core(String s, WeekParity parity, boolean exceptHolidays) {
      this.s = s;
      this.parity = parity;
      this.exceptHolidays = exceptHolidays;
    }

    Reading read() {
      boolean fortnightly = accept(FORTNIGHTLY);
      boolean every = !fortnightly && accept(EVERY);
      List<Integer> ordinals = new ArrayList<>();
      if (!fortnightly && accept(ORDINAL)) {
        ordinals.add(ordinal(last.group(1)));
        while (acceptAfterAnd(ORDINAL)) {
          ordinals.add(ordinal(last.group(1)));
        }
      }
      Integer monthDay = null;
      if (ordinals.isEmpty() && !fortnightly && accept(MONTH_DAY)) {
        monthDay = Integer.parseInt(last.group(1));
        if (monthDay < 1 || monthDay > 28) {
          return Reading.unreadable("a day of the month after the 28th does not come every month");
        }
      }
      List<DayOfWeek> days = new ArrayList<>();
      boolean plural = false;
      if (monthDay == null) {
        while (days.isEmpty() ? accept(DAY) : acceptAfterAnd(DAY)) {
          DayOfWeek day = day(last.group(1));
          if (!days.contains(day)) {
            days.add(day);
          }
          plural |= last.group(2) != null;
        }
        if (days.isEmpty()) {
          return Reading.unreadable("names no weekday");
        }
        days.sort(null);
      }
      boolean monthly = monthDay != null || accept(MONTH);
      LocalTime[] times = times();
      if (times == null) {
        return Reading.unreadable("gives no time of day (kl. 18.00-19.30)");
      }
      if (!monthly && !ordinals.isEmpty()) {
        monthly = accept(MONTH);
      }
      boolean weeklyAfter = accept(WEEKLY_AFTER);
      skipSpace();
      if (pos < s.length()) {
        return Reading.unreadable(
            "says more than the reader understands: '" + s.substring(pos) + "'");
      }
      if (times[1] != null && !times[1].isAfter(times[0])) {
        return Reading.unreadable("ends before it starts");
      }
      if (monthly) {
        if (fortnightly || weeklyAfter || parity != WeekParity.UNSTATED) {
          return Reading.unreadable("is both monthly and weekly");
        }
        if (monthDay == null && ordinals.isEmpty()) {
          return Reading.unreadable("says monthly but not which week of the month");
        }
        return Reading.of(
            new MeetingRule(
                Frequency.MONTHLY,
                1,
                days,
                ordinals,
                monthDay,
                WeekParity.UNSTATED,
                times[0],
                times[1],
                exceptHolidays));
      }
      if (!ordinals.isEmpty()) {
        return Reading.unreadable("names a week of the month but not 'i måneden'");
      }
      if (fortnightly || parity != WeekParity.UNSTATED) {
        return Reading.of(
            new MeetingRule(
                Frequency.WEEKLY,
                2,
                days,
                List.of(),
                null,
                parity,
                times[0],
                times[1],
                exceptHolidays));
      }
      if (every || plural || weeklyAfter) {
        return Reading.of(
            new MeetingRule(
                Frequency.WEEKLY,
                1,
                days,
                List.of(),
                null,
                WeekParity.UNSTATED,
                times[0],
                times[1],
                exceptHolidays));
      }
      return Reading.unreadable("does not say how often (hver, annenhver, første ... i måneden)");
    }

    /** [kl.] H[.MM] [- [kl.] H[.MM]], or null. */
    private LocalTime[] times() {
      while (accept(TIME_WORD)) {
        // "fra kl. 18": any number of lead-in words
      }
      if (!accept(TIME)) {
        return null;
      }
      LocalTime start = time(last);
      LocalTime end = null;
      int mark = pos;
      if (accept(UNTIL)) {
        while (accept(TIME_WORD)) {
          // "til kl. 19.30"
        }
        if (accept(TIME)) {
          end = time(last);
        } else {
          pos = mark;
        }
      }
      if (start == null || (end == null && pos != mark)) {
        return null;
      }
      return new LocalTime[] {start, end};
    }

    private static LocalTime time(Matcher m) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (hour > 23 || minute > 59) {
        return null;
      }
      return LocalTime.of(hour, minute);
    }

    private boolean acceptAfterAnd(Pattern next) {
      int mark = pos;
      accept(AND);
      if (accept(next)) {
        return true;
      }
      pos = mark;
      return false;
    }

    private boolean accept(Pattern p) {
      skipSpace();
      Matcher m = p.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        pos = m.end();
        last = m;
        return true;
      }
      return false;
    }

    /** Spaces, commas and full stops separate words; they carry no meaning here. */
    private void skipSpace() {
      while (pos < s.length() && " ,.;".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }
  }

  private static int ordinal(String word) {
    return switch (word) {
      case "første", "forste", "1.", "1st", "first" -> 1;
      case "andre", "2.", "2nd", "second" -> 2;
      case "tredje", "3.", "3rd", "third" -> 3;
      case "fjerde", "4.", "4th", "fourth" -> 4;
      default -> -1;
    };
  }

  private static DayOfWeek day(String word) {
    return switch (word) {
      case "mandag", "måndag", "monday" -> DayOfWeek.MONDAY;
      case "tirsdag", "tysdag", "tuesday" -> DayOfWeek.TUESDAY;
      case "onsdag", "wednesday" -> DayOfWeek.WEDNESDAY;
      case "torsdag", "thursday" -> DayOfWeek.THURSDAY;
      case "fredag", "friday" -> DayOfWeek.FRIDAY;
      case "lørdag", "laurdag", "saturday" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }
}
