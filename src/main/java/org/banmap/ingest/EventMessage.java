package org.banmap.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.banmap.ingest.LogRecord.Note;

/**
 * What the message of a fail2ban record says: an action event ({@code [jail] Ban <id>} and its
 * kin, {@code [jail] <id> already banned}), a failure ({@code [jail] Found <id>}), a start, or
 * anything else. Read by hand, to the letter of the EVT, DUP and FOUND patterns of the formats
 * notes (same matches, including their {@code \s} and {@code .} rules): it runs on most lines of a
 * log, and a regex there cost more than all the rest of the parsing.
 */
final class EventMessage {
  private EventMessage() {}

  /** The record with this message, classified. */
  static LogRecord record(
      LocalDateTime time, ZoneOffset offset, boolean yearKnown, String logger, long pid, String level, String msg) {
    Note note = Note.OTHER;
    EventKind kind = null;
    String jail = null;
    String id = null;
    int close = msg.isEmpty() || msg.charAt(0) != '[' ? -1 : msg.indexOf("] ");
    // [jail] is the text up to the first ']', which must be this "] " (the regexes' [^\]]+).
    if (close > 1 && msg.indexOf(']') == close) {
      // As before the regexes: "Found" must follow spaces or tabs and be followed by a space.
      int found = Fail2banLineParser.skipSpaces(msg, close + 1);
      if (msg.startsWith("Found ", found)) {
        int idStart = skipWhitespace(msg, found + 5);
        int idEnd = idStart;
        while (idEnd < msg.length() && !isWhitespace(msg.charAt(idEnd)) && msg.charAt(idEnd) != ',') {
          idEnd++;
        }
        if (idEnd > idStart && !hasLineBreak(msg, idStart)) {
          note = Note.FOUND;
          jail = msg.substring(1, close);
          id = msg.substring(idStart, idEnd);
        }
      } else {
        int word = skipWhitespace(msg, close + 1);
        EventKind evtKind = eventWord(msg, word);
        int idStart = evtKind == null ? -1 : skipWhitespace(msg, word + EVENT_WORDS[evtKind.ordinal()].length());
        if (evtKind != null && idStart > word + EVENT_WORDS[evtKind.ordinal()].length() && idStart < msg.length()
            && !hasLineBreak(msg, skipWhitespace(msg, endOfWord(msg, idStart)))) {
          if (eventLogger(logger, evtKind)) {
            note = Note.EVENT;
            kind = evtKind;
            jail = msg.substring(1, close);
            id = eventId(msg, idStart);
          }
        } else {
          String dupId = alreadyBannedId(msg, word);
          if (dupId != null && eventLogger(logger, EventKind.ALREADY_BANNED)) {
            note = Note.EVENT;
            kind = EventKind.ALREADY_BANNED;
            jail = msg.substring(1, close);
            id = dupId;
          }
        }
      }
    } else if (isStartMarker(msg)) {
      note = Note.START;
    }
    return new LogRecord(time, offset, yearKnown, logger, pid, level, msg, note, kind, jail, id);
  }

  /**
   * Action events come only from the actions logger (0.9.0 calls it {@code fail2ban.server.actions})
   * and Increase Ban from the observer; a bare journal message (null logger) is trusted as is.
   * Custom loggers such as {@code fail2ban.telegram} may echo ban text and must not count.
   */
  private static boolean eventLogger(String logger, EventKind kind) {
    if (logger == null) {
      return true;
    }
    if (kind == EventKind.INCREASE_BAN) {
      return logger.endsWith(".observer") || isActionsLogger(logger);
    }
    return isActionsLogger(logger);
  }

  private static boolean isActionsLogger(String logger) {
    return logger.equals("fail2ban.actions") || logger.equals("fail2ban.server.actions");
  }

  private static boolean isStartMarker(String msg) {
    return (msg.startsWith("Changed logging target to ") && msg.contains(" for Fail2ban v"))
        || msg.startsWith("Starting Fail2ban v")
        || (msg.startsWith("Jail '") && msg.endsWith("' started"));
  }

  /**
   * The words of the event messages, indexed by {@link EventKind} ordinal, as the notes' EVT
   * pattern reads them: {@code [jail] <word> <id>[[,] rest]}; Already Banned has its own form.
   */
  private static final EventKind[] EVENT_KINDS = EventKind.values();
  private static final String[] EVENT_WORDS = {"Ban", "Restore Ban", "Unban", "Repeal Ban", "Increase Ban", "Reban", null};

  /** The event whose word starts at {@code p} and is followed by whitespace, or null. */
  private static EventKind eventWord(String msg, int p) {
    for (EventKind k : EVENT_KINDS) {
      String w = EVENT_WORDS[k.ordinal()];
      if (w != null && msg.startsWith(w, p) && p + w.length() < msg.length() && isWhitespace(msg.charAt(p + w.length()))) {
        return k;
      }
    }
    return null;
  }

  /**
   * The id after an event word: the next run of non-space characters, without a comma that ends
   * it before more text ({@code Reban 192.0.2.1, action 'x'}).
   */
  private static String eventId(String msg, int start) {
    int end = endOfWord(msg, start);
    if (end - start >= 2 && msg.charAt(end - 1) == ',' && end < msg.length()) {
      end--;
    }
    return msg.substring(start, end);
  }

  /** The id of {@code [jail] <id> already banned} whose id starts at {@code p}, or null. */
  private static String alreadyBannedId(String msg, int p) {
    int end = endOfWord(msg, p);
    int rest = skipWhitespace(msg, end);
    boolean matches = end > p && rest > end && msg.length() - rest == 14 && msg.startsWith("already banned", rest);
    return matches ? msg.substring(p, end) : null;
  }

  /**
   * Whether {@code s} holds, from {@code from} on, a character that {@code .} of java.util.regex
   * does not match: a stray CR there stops the notes' patterns, whose trailing ".*" ends at it.
   */
  private static boolean hasLineBreak(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} of java.util.regex. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The end of the run of non-{@code \s} characters at {@code pos}. */
  private static int endOfWord(String s, int pos) {
    int p = pos;
    while (p < s.length() && !isWhitespace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int skipWhitespace(String s, int pos) {
    int p = pos;
    while (p < s.length() && isWhitespace(s.charAt(p))) {
      p++;
    }
    return p;
  }

}
