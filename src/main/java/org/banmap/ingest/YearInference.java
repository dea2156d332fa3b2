package org.banmap.ingest;

import java.time.LocalDateTime;

/**
 * Gives syslog and journal {@code short} stamps ({@code Aug 27 04:22:42}) their missing year, one
 * file at a time. Lines run forward in time, so each stamp takes the year of the previous resolved
 * stamp in the file (dated or inferred), moved to the next year when that would put it more than
 * {@link #BACKWARD_SLACK_DAYS} days back (the Dec to Jan wrap); small disorder, such as the line 3
 * days ahead in the 0.9.0 upstream log, stays in the same year. Before any stamp, the file's last
 * change time is the reference: the first stamp is the latest date not after it.
 */
final class YearInference {
  static final int BACKWARD_SLACK_DAYS = 30;

  private final LocalDateTime modified;
  private LocalDateTime previous;

  /** @param modified the file's last-modified time in the log zone */
  YearInference(LocalDateTime modified) {
    this.modified = modified;
  }

  /** The record's time with its year; dated times pass through and become the new reference. */
  LocalDateTime resolve(LocalDateTime time, boolean yearKnown) {
    LocalDateTime t;
    if (yearKnown) {
      t = time;
    } else if (previous == null) {
      t = time.withYear(modified.getYear());
      if (t.isAfter(modified.plusDays(1))) {
        t = time.withYear(modified.getYear() - 1);
      }
    } else {
      t = time.withYear(previous.getYear());
      if (t.isBefore(previous.minusDays(BACKWARD_SLACK_DAYS))) {
        t = time.withYear(previous.getYear() + 1);
      }
    }
    previous = t;
    return t;
  }
}
