package org.banmap.ingest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells restart re-bans from new bans, one file at a time.
 *
 * <p>When fail2ban 0.8/0.9 starts, it bans again, with plain {@code Ban} lines, every IP it still
 * holds: 0.9 replays its whole database (one 0.9.7 log has ~2,300 in 4 minutes), 0.8.6 re-bans an
 * IP a second after start (cs102-logs.log). 0.10+ writes {@code Restore Ban} instead. Those lines
 * would paint old bans again at the restart time.
 *
 * <p>Heuristic: a start opens a window ({@code Changed logging target ... for Fail2ban v},
 * {@code Starting Fail2ban v}, {@code Jail '...' started}, or a new PID on a non-event line). Inside it, a Ban of an id
 * with no {@code Found} line since the start is a restart re-ban: fail2ban bans a fresh attacker
 * only after counting its failures, and 0.9+ logs each failure as {@code Found}. The window stays
 * open while re-bans keep coming, each within {@link #BURST_GAP} of the last start or re-ban, and
 * closes at the first longer pause. Bans with a Found are never dropped, whatever the timing. 0.8
 * logs no Found lines, so there a genuine ban within 30 s of a restart would be dropped too; in the
 * corpus no such case exists (cs102's re-ban comes 1 s after start, the next ban 8 minutes later).
 */
final class RestartDetector {
  static final Duration BURST_GAP = Duration.ofSeconds(30);

  private final Set<String> foundSinceStart = new HashSet<>();
  private long lastPid = -1;
  private LocalDateTime windowTime;

  /** Feeds every record of the file in order, with its resolved local time (may be null). */
  void observe(LogRecord r, LocalDateTime time) {
    // A new PID on an event line alone is not taken as a start: extracts such as
    // `journalctl -g Ban` keep only ban lines, and each process's first ban would be lost.
    boolean newPid = r.pid() >= 0 && lastPid >= 0 && r.pid() != lastPid && r.note() != LogRecord.Note.EVENT;
    if (r.pid() >= 0) {
      lastPid = r.pid();
    }
    if ((newPid || r.note() == LogRecord.Note.START) && time != null) {
      windowTime = time;
      foundSinceStart.clear();
    } else if (r.note() == LogRecord.Note.FOUND && windowTime != null) {
      foundSinceStart.add(r.id());
    }
  }

  /** Whether this plain Ban, already {@link #observe observed}, is a restart re-ban. */
  boolean isRestartBan(LogRecord ban, LocalDateTime time) {
    if (windowTime == null || time == null) {
      return false;
    }
    if (Duration.between(windowTime, time).compareTo(BURST_GAP) > 0) {
      windowTime = null;
      foundSinceStart.clear();
      return false;
    }
    if (foundSinceStart.contains(ban.id())) {
      return false;
    }
    windowTime = time.isAfter(windowTime) ? time : windowTime;
    return true;
  }
}
