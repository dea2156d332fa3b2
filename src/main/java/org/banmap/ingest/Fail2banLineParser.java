package org.banmap.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.banmap.ingest.LogRecord.Note;

/**
 * Parses one line of a fail2ban log in any of its transports (file target 0.8.0–1.1.x, syslog,
 * journalctl short/short-iso/short-precise/short-full/short-unix, journal STDOUT/SYSOUT and bare
 * SYSTEMD-JOURNAL messages); see {@code notes/fail2ban-formats.md}. Not thread-safe: it reuses its
 * matchers, so use one parser per thread.
 *
 * <p>Order: strip transport residue (BOM, {@code <NN>} PRI, NUL, {@code #000}, CR), then an outer
 * stamp (syslog, RFC 3339, short-full, unix), then a daemon identifier ({@code fail2ban-server[pid]:}),
 * then the fail2ban record itself, whose own timestamp wins over the outer one. Every pattern is
 * anchored at the start of its part, so an IP echoed inside an error or a traceback never reads as
 * a ban.
 */
public final class Fail2banLineParser {
  private static final String MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
  private static final Pattern SYSLOG =
      Pattern.compile("(" + MONTHS + ") {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))? \\S+ ");
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})? ?\\S+ ");
  private static final Pattern FULL =
      Pattern.compile("(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))? (\\S+) \\S+ ");
  private static final Pattern UNIX = Pattern.compile("(\\d{9,11})(?:\\.(\\d{1,9}))? \\S+ ");
  private static final Pattern WALL =
      Pattern.compile("Message from syslogd@\\S+ at (" + MONTHS + ") {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})\\b.*");
  private static final Pattern IDENT =
      Pattern.compile("(fail2ban-server|fail2ban-client|fail2ban|f2b/server)(?:\\[\\d+\\])?:\\s*");
  private static final Pattern HOST_IDENT =
      Pattern.compile("\\S+ (fail2ban-server|fail2ban-client|fail2ban|f2b/server)(?:\\[\\d+\\])?:\\s*");

  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

  private final Names names = new Names();
  private LocalDate lastDate;
  private String lastDateText;
  private final Matcher syslog = SYSLOG.matcher("");
  private final Matcher iso = ISO.matcher("");
  private final Matcher full = FULL.matcher("");
  private final Matcher unix = UNIX.matcher("");
  private final Matcher wall = WALL.matcher("");
  private final Matcher ident = IDENT.matcher("");
  private final Matcher hostIdent = HOST_IDENT.matcher("");

  /** The record on this line, or empty when the line is not a fail2ban record. */
  public Optional<LogRecord> parse(String raw) {
    // Cheap prefilter: every record form names fail2ban (logger or daemon), except wall headers.
    if (raw.indexOf("fail2ban") < 0 && raw.indexOf("syslogd@") < 0) {
      return Optional.empty();
    }
    String line = clean(raw);
    int pos = skipResidue(line, 0);
    int len = line.length();
    if (pos >= len) {
      return Optional.empty();
    }
    LocalDateTime time = null;
    ZoneOffset offset = null;
    boolean yearKnown = true;
    boolean stamped = true;
    boolean utcClock = false;
    char c = line.charAt(pos);
    if (c >= '0' && c <= '9') {
      if (pos + 19 <= len && isFileStamp(line, pos)) {
        stamped = false; // the file form, whose timestamp is read below
      } else if (looksIso(line, pos) && at(iso, line, pos)) {
        time = dateTime(iso, 1, 4, 7);
        offset = offset(iso.group(8));
        pos = iso.end();
      } else if (looksUnix(line, pos) && at(unix, line, pos)) {
        Instant t = Instant.ofEpochSecond(Long.parseLong(unix.group(1)), nanos(unix.group(2)));
        time = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        offset = ZoneOffset.UTC;
        utcClock = true;
        pos = unix.end();
      } else {
        stamped = false; // maybe the file form, whose timestamp is read below
      }
    } else if (looksSyslog(line, pos) && at(syslog, line, pos)) {
      time = yearless(syslog);
      yearKnown = false;
      pos = syslog.end();
    } else if (looksFull(line, pos) && at(full, line, pos)) {
      time = dateTime(full, 1, 4, 7);
      offset = offsetOrNull(full.group(8));
      pos = full.end();
    } else if (line.startsWith("Message from syslogd@", pos) && at(wall, line, pos)) {
      LocalDateTime t = yearless(wall);
      return Optional.of(new LogRecord(t, null, false, null, -1, null, line, Note.BROADCAST, null, null, null));
    } else {
      stamped = false;
    }
    pos = skipResidue(line, pos);
    boolean bare = false;
    if (startsIdent(line, pos) && at(ident, line, pos)) {
      bare = ident.group(1).equals("fail2ban");
      pos = skipResidue(line, ident.end());
    } else if (!stamped && startsIdentAfterWord(line, pos) && at(hostIdent, line, pos)) {
      // A journal line shown without its date (fail2ban's own test fixture has one).
      bare = hostIdent.group(1).equals("fail2ban");
      pos = skipResidue(line, hostIdent.end());
    }
    // The record's own timestamp: the file form, or the inner one of a journal STDOUT line.
    if (pos + 19 <= len && isFileStamp(line, pos)) {
      int p = pos + 19;
      int nano = 0;
      if (p < len && (line.charAt(p) == ',' || line.charAt(p) == '.')) {
        int q = p + 1;
        int fraction = 0;
        while (q < len && q - p <= 6 && Character.isDigit(line.charAt(q))) {
          fraction = fraction * 10 + Character.digit(line.charAt(q), 10);
          q++;
        }
        nano = fraction * POWERS_OF_TEN[9 - (q - p - 1)];
        p = q;
      }
      LocalDateTime inner = fileStamp(line, pos, nano);
      if (inner != null) {
        // The inner stamp is the host's local clock, like an outer RFC 3339 one, so that offset
        // still applies; a unix-time prefix is UTC and says nothing about the local clock.
        time = inner;
        offset = utcClock ? null : offset;
        yearKnown = true;
        pos = skipSpaces(line, p);
      }
    }
    LogRecord r = record(line, pos, time, offset, yearKnown);
    if (r != null) {
      return Optional.of(r);
    }
    if (bare && line.startsWith("[", pos)) {
      return Optional.of(EventMessage.record(time, offset, yearKnown, null, -1, null, line.substring(pos)));
    }
    return Optional.empty();
  }

  /**
   * The REC pattern of the notes, {@code fail2ban.logger [pid]: LEVEL message}, read by hand: it
   * runs on every line, and this is about three times faster than the regex.
   */
  private LogRecord record(String s, int pos, LocalDateTime time, ZoneOffset offset, boolean yearKnown) {
    int len = s.length();
    if (!s.startsWith("fail2ban", pos)) {
      return null;
    }
    int p = pos + 8;
    if (p < len && s.charAt(p) == '.') {
      p++;
      if (p >= len || !(Character.isLetter(s.charAt(p)) || s.charAt(p) == '_')) {
        return null;
      }
      while (p < len && (Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) == '_' || s.charAt(p) == '.')) {
        p++;
      }
    }
    String logger = names.of(s, pos, p);
    p = skipSpaces(s, p);
    long pid = -1;
    if (p < len && s.charAt(p) == '[') {
      int q = p + 1;
      while (q < len && q - p <= 10 && Character.isDigit(s.charAt(q))) {
        q++;
      }
      if (q == p + 1 || q >= len || s.charAt(q) != ']') {
        return null;
      }
      pid = Long.parseLong(s, p + 1, q, 10);
      p = skipSpaces(s, q + 1);
    }
    if (p >= len || s.charAt(p) != ':') {
      return null;
    }
    p = skipSpaces(s, p + 1);
    int levelStart = p;
    while (p < len && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z') {
      p++;
    }
    if (p == levelStart && s.startsWith("#", p)) {
      // Python's name for a level without one, e.g. "#5-Lev."
      int dash = s.indexOf("-Lev.", p);
      p = dash < 0 ? p : dash + 5;
    }
    if (p == levelStart || p >= len || (s.charAt(p) != ' ' && s.charAt(p) != '\t')) {
      return null;
    }
    String level = names.of(s, levelStart, p);
    return EventMessage.record(time, offset, yearKnown, logger, pid, level, s.substring(skipSpaces(s, p)));
  }

  /**
   * Whether the line begins like a log line of its own (a file, RFC 3339 or syslog stamp) rather
   * than continuing the record before it.
   */
  static boolean startsWithStamp(String raw) {
    String line = clean(raw);
    int pos = skipResidue(line, 0);
    if (pos + 19 <= line.length() && isFileStamp(line, pos)) {
      return true;
    }
    return ISO.matcher(line).region(pos, line.length()).lookingAt()
        || SYSLOG.matcher(line).region(pos, line.length()).lookingAt()
        || FULL.matcher(line).region(pos, line.length()).lookingAt();
  }

  /** Removes CR, NUL and rsyslog's {@code #000} escape of the trailing NUL. */
  static String clean(String raw) {
    String s = raw;
    if (s.indexOf('\0') >= 0) {
      s = s.replace("\0", "");
    }
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    if (s.startsWith("#000", end - 4)) {
      end -= 4;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  /** Skips spaces, byte order marks (real, mis-decoded {@code ï»¿}, or spelled out) and a {@code <NN>} PRI. */
  private static int skipResidue(String s, int pos) {
    int p = pos;
    while (true) {
      p = skipSpaces(s, p);
      if (p >= s.length()) {
        return p;
      }
      char c = s.charAt(p);
      if (c == '\uFEFF') {
        p++;
      } else if (c == 'ï' && s.startsWith("ï»¿", p)) {
        p += 3;
      } else if (c == '<' && s.startsWith("<U+FEFF>", p)) {
        p += 8;
      } else if (c == '<') {
        int q = p + 1;
        while (q < s.length() && q - p <= 3 && Character.isDigit(s.charAt(q))) {
          q++;
        }
        if (q > p + 1 && q < s.length() && s.charAt(q) == '>') {
          p = q + 1;
        } else {
          return p;
        }
      } else {
        return p;
      }
    }
  }

  static int skipSpaces(String s, int pos) {
    int p = pos;
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private static boolean at(Matcher m, String s, int pos) {
    m.reset(s);
    m.region(pos, s.length());
    return m.lookingAt();
  }

  /*
   * Cheap character checks that rule a pattern out before its regex runs: the regexes stay the
   * definition, but nearly every line of a file-target log fails them all, and a failed regex
   * match costs far more than a look at two characters.
   */

  private static boolean looksIso(String s, int p) {
    return p + 10 < s.length() && s.charAt(p + 4) == '-' && s.charAt(p + 10) == 'T';
  }

  private static boolean looksUnix(String s, int p) {
    int q = p;
    while (q < s.length() && q - p <= 11 && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
      q++;
    }
    return q - p >= 9 && q - p <= 11 && q < s.length() && (s.charAt(q) == '.' || s.charAt(q) == ' ');
  }

  private static boolean looksSyslog(String s, int p) {
    return p + 4 < s.length() && s.charAt(p + 3) == ' ' && MONTHS.indexOf(s.substring(p, p + 3)) % 4 == 0;
  }

  private static boolean looksFull(String s, int p) {
    return p + 4 < s.length() && s.charAt(p + 3) == ' ' && s.charAt(p + 4) >= '0' && s.charAt(p + 4) <= '9';
  }

  /** Whether a daemon identifier ({@code fail2ban-server[1]:}, {@code f2b/server:}) may start at {@code p}. */
  private static boolean startsIdent(String s, int p) {
    if (s.startsWith("f2b/server", p)) {
      return true;
    }
    if (!s.startsWith("fail2ban", p)) {
      return false;
    }
    char next = p + 8 < s.length() ? s.charAt(p + 8) : ' ';
    return next == '-' || next == '[' || next == ':';
  }

  /** {@link #startsIdent} after one word and a space (a host name). */
  private static boolean startsIdentAfterWord(String s, int p) {
    int space = s.indexOf(' ', p);
    return space > p && startsIdent(s, space + 1);
  }

  /** {@code yyyy-MM-dd HH:mm:ss} at {@code pos}, checked by character class only. */
  private static boolean isFileStamp(String s, int p) {
    return digits(s, p, 4) && s.charAt(p + 4) == '-' && digits(s, p + 5, 2) && s.charAt(p + 7) == '-'
        && digits(s, p + 8, 2) && s.charAt(p + 10) == ' ' && digits(s, p + 11, 2) && s.charAt(p + 13) == ':'
        && digits(s, p + 14, 2) && s.charAt(p + 16) == ':' && digits(s, p + 17, 2);
  }

  private LocalDateTime fileStamp(String s, int p, int nano) {
    try {
      // Consecutive lines share their day: parse and check the date once per day.
      if (lastDate == null || !s.regionMatches(p, lastDateText, 0, 10)) {
        lastDate = LocalDate.of(num(s, p, 4), num(s, p + 5, 2), num(s, p + 8, 2));
        lastDateText = s.substring(p, p + 10);
      }
      return LocalDateTime.of(lastDate, LocalTime.of(num(s, p + 11, 2), num(s, p + 14, 2), num(s, p + 17, 2), nano));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean digits(String s, int p, int n) {
    for (int i = p; i < p + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int p, int n) {
    int v = 0;
    for (int i = p; i < p + n; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static LocalDateTime dateTime(Matcher m, int date, int hms, int frac) {
    try {
      return LocalDateTime.of(
          Integer.parseInt(m.group(date)), Integer.parseInt(m.group(date + 1)), Integer.parseInt(m.group(date + 2)),
          Integer.parseInt(m.group(hms)), Integer.parseInt(m.group(hms + 1)), Integer.parseInt(m.group(hms + 2)),
          nanos(m.group(frac)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A syslog stamp (month day time) in the placeholder year {@link LogRecord#YEARLESS}. */
  private static LocalDateTime yearless(Matcher m) {
    int month = MONTHS.indexOf(m.group(1)) / 4 + 1;
    try {
      String frac = m.groupCount() >= 6 ? m.group(6) : null;
      return LocalDateTime.of(
          LogRecord.YEARLESS, month, Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), nanos(frac));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int nanos(String frac) {
    if (frac == null || frac.isEmpty()) {
      return 0;
    }
    int v = Integer.parseInt(frac);
    for (int i = frac.length(); i < 9; i++) {
      v *= 10;
    }
    return v;
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String t = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
    return ZoneOffset.of(t);
  }

  /** short-full's zone is usually an abbreviation (CEST), which is ambiguous: only UTC/GMT is trusted. */
  private static ZoneOffset offsetOrNull(String abbreviation) {
    return abbreviation.equals("UTC") || abbreviation.equals("GMT") ? ZoneOffset.UTC : null;
  }

  /**
   * Logger and level names, one String each: a log has a handful of them, repeated on every line,
   * so a line reuses the String of an earlier one instead of cutting a new one.
   */
  private static final class Names {
    private final String[] known = new String[32];
    private int size;

    String of(String s, int from, int to) {
      int len = to - from;
      for (int i = 0; i < size; i++) {
        String k = known[i];
        if (k.length() == len && s.regionMatches(from, k, 0, len)) {
          return k;
        }
      }
      String name = s.substring(from, to);
      if (size < known.length) {
        known[size++] = name;
      }
      return name;
    }
  }
}
