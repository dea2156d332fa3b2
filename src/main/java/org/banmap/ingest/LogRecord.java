package org.banmap.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One fail2ban log record as written, before time zone and year are resolved.
 *
 * @param time local wall time of the record, or null when the line carries none (a console
 *     broadcast or a constructed journal line); for journal/syslog lines without a year (see
 *     {@code yearKnown}) the year is a placeholder, {@link #YEARLESS}, a leap year so Feb 29 fits
 * @param offset the UTC offset written in the line (RFC 3339, short-iso, unix time), else null
 * @param logger e.g. {@code fail2ban.actions}; null for a bare SYSTEMD-JOURNAL message
 * @param pid the process id in brackets, or -1
 * @param level e.g. {@code NOTICE}; null for a bare journal message
 * @param kind the event for {@link Note#EVENT}, else null
 * @param jail and {@code id}: set for {@link Note#EVENT} and {@link Note#FOUND}
 */
public record LogRecord(
    LocalDateTime time,
    ZoneOffset offset,
    boolean yearKnown,
    String logger,
    long pid,
    String level,
    String message,
    Note note,
    EventKind kind,
    String jail,
    String id) {

  public static final int YEARLESS = 2000;

  /** What the record means to the reader. */
  public enum Note {
    /** An action event ({@link EventKind}). */
    EVENT,
    /** {@code [jail] Found <id>}: a failure; a later Ban of that id is a fresh decision. */
    FOUND,
    /** The server (re)started: {@code Changed logging target ... for Fail2ban v}, {@code Starting Fail2ban v}, {@code Jail '...' started}. */
    START,
    /** A syslogd wall header ({@code Message from syslogd@host at Nov 23 13:57:53 ...}) dating the next line. */
    BROADCAST,
    /** Any other fail2ban record. */
    OTHER
  }
}
