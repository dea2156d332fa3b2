package org.banmap.ingest;

import static org.banmap.ingest.EventKind.ALREADY_BANNED;
import static org.banmap.ingest.EventKind.BAN;
import static org.banmap.ingest.EventKind.INCREASE_BAN;
import static org.banmap.ingest.EventKind.REBAN;
import static org.banmap.ingest.EventKind.REPEAL_BAN;
import static org.banmap.ingest.EventKind.RESTORE_BAN;
import static org.banmap.ingest.EventKind.UNBAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.banmap.ingest.LogRecord.Note;
import org.junit.jupiter.api.Test;

/** One real line per format family and transport (sources in notes/fail2ban-formats.md). */
class Fail2banLineParserTest {
  private final Fail2banLineParser parser = new Fail2banLineParser();

  /**
   * Parses {@code line} as an event; {@code time} is local, {@code --MM-ddTHH:mm:ss} for a yearless
   * stamp, empty for none.
   */
  private LogRecord checkParses(String line, String time, String id, String jail, EventKind kind) {
    LogRecord r = parser.parse(line).orElseThrow(() -> new AssertionError("not parsed: " + line));
    assertEquals(Note.EVENT, r.note(), line);
    assertEquals(kind, r.kind(), line);
    assertEquals(id, r.id(), line);
    assertEquals(jail, r.jail(), line);
    if (time.isEmpty()) {
      assertNull(r.time(), line);
    } else if (time.startsWith("--")) {
      assertFalse(r.yearKnown(), line);
      assertEquals(LocalDateTime.parse(LogRecord.YEARLESS + time.substring(1)), r.time(), line);
    } else {
      assertTrue(r.yearKnown(), line);
      assertEquals(LocalDateTime.parse(time), r.time(), line);
    }
    return r;
  }

  /** The line is not an event (it may still be some other fail2ban record). */
  private void checkNoEvent(String line) {
    Optional<LogRecord> r = parser.parse(line);
    r.ifPresent(rec -> assertNotEquals(Note.EVENT, rec.note(), line));
  }

  @Test
  void familyA_08() {
    checkParses("2014-10-14 12:58:56,964 fail2ban.actions: WARNING [ssh] Ban 122.225.97.85",
        "2014-10-14T12:58:56.964", "122.225.97.85", "ssh", BAN);
  }

  @Test
  void familyB_0812() {
    LogRecord r = checkParses("2016-04-03 12:15:37,492 fail2ban.actions[504]: WARNING [sasl] Ban 50.242.133.182",
        "2016-04-03T12:15:37.492", "50.242.133.182", "sasl", BAN);
    assertEquals(504, r.pid());
    assertEquals("WARNING", r.level());
  }

  @Test
  void familyC_090() {
    checkParses("2014-08-10 06:49:27,446 fail2ban.server.actions[21667]: NOTICE  [sshd] Ban 116.10.191.181",
        "2014-08-10T06:49:27.446", "116.10.191.181", "sshd", BAN);
  }

  @Test
  void familyD_padded() {
    checkParses("2015-06-17 02:11:03,416 fail2ban.actions        [2628]: NOTICE  [apache-combined] Ban 14.76.10.37",
        "2015-06-17T02:11:03.416", "14.76.10.37", "apache-combined", BAN);
    LogRecord r = checkParses("2025-12-23 08:28:46,981 fail2ban.actions        [1]: NOTICE  [nginx-flood] Ban 192.168.65.1",
        "2025-12-23T08:28:46.981", "192.168.65.1", "nginx-flood", BAN);
    assertEquals("fail2ban.actions", r.logger());
  }

  @Test
  void truncatedLoggerNames_23() {
    LogRecord r = parser.parse("2020-12-04 18:53:49,647 fail2ban.filterpyinotif [1799251]: DEBUG   [sshd] filter started (pyinotifier)").orElseThrow();
    assertEquals("fail2ban.filterpyinotif", r.logger());
    assertEquals(1799251, r.pid());
    assertEquals(Note.OTHER, r.note());
    checkParses("2020-12-04 18:53:50,001 fail2ban.actions       [1799251]: NOTICE  [sshd] Ban 203.0.113.9",
        "2020-12-04T18:53:50.001", "203.0.113.9", "sshd", BAN);
  }

  @Test
  void syslogForms() {
    checkParses("Sep 16 00:44:55 spaceman fail2ban.actions: NOTICE [jail] Ban 10.0.0.7",
        "--09-16T00:44:55", "10.0.0.7", "jail", BAN);
    checkParses("Jan 16 17:11:25 testorg fail2ban.actions[6605]: NOTICE [postfix-auth] Ban 192.0.2.1",
        "--01-16T17:11:25", "192.0.2.1", "postfix-auth", BAN);
    checkParses("May 25 15:14:00 foo fail2ban.actions [12121]: NOTICE [jailname] Ban 1.2.3.4",
        "--05-25T15:14:00", "1.2.3.4", "jailname", BAN);
    checkParses("Feb  1 09:54:55 some-c7-host fail2ban.actions        [608]: NOTICE  [sshd] Ban 35.216.192.120",
        "--02-01T09:54:55", "35.216.192.120", "sshd", BAN);
    checkParses("May 25 15:14:00 foo f2b/server[12121]: fail2ban.actions [12121]: NOTICE [jailname] Ban 1.2.3.4",
        "--05-25T15:14:00", "1.2.3.4", "jailname", BAN);
  }

  @Test
  void syslogResidue_bomPriNul() {
    checkParses("<28>Oct  3 10:00:00 host fail2ban.actions: WARNING [ssh] Ban 15.13.14.40\0",
        "--10-03T10:00:00", "15.13.14.40", "ssh", BAN);
    checkParses("Oct  3 10:00:00 host ï»¿fail2ban.actions: WARNING [ssh] Ban 15.13.14.40",
        "--10-03T10:00:00", "15.13.14.40", "ssh", BAN);
    checkParses("\uFEFF<29>Oct  3 10:00:00 host fail2ban.actions[27764]: NOTICE [sshd] Ban 192.0.2.1#000",
        "--10-03T10:00:00", "192.0.2.1", "sshd", BAN);
    checkParses("<29>fail2ban.actions[27764]: NOTICE [sshd] Ban 192.0.2.1\0", "", "192.0.2.1", "sshd", BAN);
  }

  @Test
  void rfc3339AndJournalIso() {
    LogRecord r = checkParses("2023-06-10T10:00:00.123456+02:00 host fail2ban.actions[1]: NOTICE [sshd] Ban 192.0.2.4",
        "2023-06-10T10:00:00.123456", "192.0.2.4", "sshd", BAN);
    assertEquals(ZoneOffset.ofHours(2), r.offset());
    r = checkParses("2016-10-05T03:36:01.784373 www3 fail2ban.actions[15964]: NOTICE [sshd] Ban 192.0.2.5",
        "2016-10-05T03:36:01.784373", "192.0.2.5", "sshd", BAN);
    assertNull(r.offset());
    r = checkParses("2023-09-08T17:20:30+0200 host fail2ban.actions[1]: NOTICE [sshd] Ban 192.0.2.6",
        "2023-09-08T17:20:30", "192.0.2.6", "sshd", BAN);
    assertEquals(ZoneOffset.ofHours(2), r.offset());
  }

  @Test
  void journalShortFullAndUnix() {
    checkParses("Fri 2023-09-08 17:20:30 CEST host fail2ban[52973]: [sshd] Ban 218.92.0.118",
        "2023-09-08T17:20:30", "218.92.0.118", "sshd", BAN);
    LogRecord r = checkParses("1694186430.250000 host fail2ban[52973]: [sshd] Ban 218.92.0.118",
        "2023-09-08T15:20:30.25", "218.92.0.118", "sshd", BAN);
    assertEquals(ZoneOffset.UTC, r.offset());
    checkParses("Oct 09 23:23:50.123456 test.com fail2ban[52973]: [sshd] Ban 218.92.0.118",
        "--10-09T23:23:50.123456", "218.92.0.118", "sshd", BAN);
  }

  @Test
  void journalStdout_prefersInnerTimestamp() {
    LogRecord r = checkParses("Aug 27 04:22:42 example.host.fqdn fail2ban-server[12655]: 2017-08-27 04:22:41,625 fail2ban.actions        [12655]: NOTICE  [sshd] Restore Ban X.X.X.X",
        "2017-08-27T04:22:41.625", "X.X.X.X", "sshd", RESTORE_BAN);
    assertEquals(12655, r.pid());
    r = parser.parse("Sep 16 22:54:34 eric-NUC7CJYH fail2ban-client[6569]: 2018-09-16 22:54:34,596 fail2ban.server         [6570]: INFO    Starting Fail2ban v0.9.3").orElseThrow();
    assertEquals(Note.START, r.note());
    assertEquals(6570, r.pid());
  }

  @Test
  void journalSysoutAndBareMessage() {
    checkParses("   Mar 05 08:41:28 test.org fail2ban-server[11524]: fail2ban.actions        [11524]: NOTICE  [postfix-auth] Ban 94.138.214.26",
        "--03-05T08:41:28", "94.138.214.26", "postfix-auth", BAN);
    LogRecord r = checkParses("Oct 09 23:23:50 test.com fail2ban[52973]: [sshd] Ban 218.92.0.118",
        "--10-09T23:23:50", "218.92.0.118", "sshd", BAN);
    assertNull(r.logger());
    r = parser.parse("host fail2ban[15699]: [postfix-sasl] Ban 192.0.2.3").orElseThrow();
    assertEquals(BAN, r.kind());
    assertNull(r.time());
  }

  @Test
  void otherEventKinds() {
    checkParses("2023-07-22 03:37:21,623 fail2ban.actions        [45906]: NOTICE  [sshd] Restore Ban 143.198.238.143",
        "2023-07-22T03:37:21.623", "143.198.238.143", "sshd", RESTORE_BAN);
    checkParses("2014-10-14 13:37:31,409 fail2ban.actions: WARNING [ssh] Unban 122.225.97.85",
        "2014-10-14T13:37:31.409", "122.225.97.85", "ssh", UNBAN);
    checkParses("2024-01-02 03:04:05,006 fail2ban.actions        [7]: NOTICE  [sshd] Repeal Ban 192.0.2.8",
        "2024-01-02T03:04:05.006", "192.0.2.8", "sshd", REPEAL_BAN);
    checkParses("2020-05-07 12:18:58,786 fail2ban.observer       [1117820]: NOTICE  [pam-generic] Increase Ban 70.19.59.37 (2 # 2:00:33 -> 2020-05-07 14:19:31)",
        "2020-05-07T12:18:58.786", "70.19.59.37", "pam-generic", INCREASE_BAN);
    checkParses("2021-03-04 05:06:07,008 fail2ban.actions        [9]: NOTICE  [sshd] Reban 192.0.2.9, action 'iptables'",
        "2021-03-04T05:06:07.008", "192.0.2.9", "sshd", REBAN);
    checkParses("2017-12-14 02:09:25,108 fail2ban.actions        [918]: WARNING [sshd] 58.218.198.162 already banned",
        "2017-12-14T02:09:25.108", "58.218.198.162", "sshd", ALREADY_BANNED);
    checkParses("2010-05-03 08:40:02,410 fail2ban.actions: WARNING [courierimap] 118.129.167.99 already banned",
        "2010-05-03T08:40:02.410", "118.129.167.99", "courierimap", ALREADY_BANNED);
  }

  @Test
  void echoedIpsAndOtherLoggersAreNotEvents() {
    checkNoEvent("2014-08-10 06:59:27,446 fail2ban.server.actions.action[21667]: ERROR   iptables -D fail2ban-sshd -s 116.10.191.199 -j DROP returned 100");
    checkNoEvent("iptables -w -D INPUT -s 116.10.191.199 -j DROP -- returned 1 [sshd] Ban 116.10.191.199");
    checkNoEvent("2018-08-02 13:03:06,521 fail2ban.telegram       [22919]: INFO    [sshd] Ban 203.148.249.175");
    checkNoEvent("2014-10-14 12:58:56,964 fail2ban.actions.action: ERROR  Failed to execute ban jail 'ssh' action 'iptables': [ssh] Ban 1.2.3.4");
    checkNoEvent("2023-07-22 03:39:17,614 fail2ban.filter         [45906]: INFO    [sshd] Found 218.92.0.112 - 2023-07-22 03:39:17");
    checkNoEvent("  File \"/usr/lib/python3/dist-packages/fail2ban/server/action.py\", line 3, in ban");
    assertTrue(parser.parse("Sep 16 22:41:27 eric-NUC7CJYH systemd[1]: Started Fail2Ban Service.").isEmpty());
  }

  @Test
  void foundAndStartMarkers() {
    LogRecord r = parser.parse("2023-07-22 03:39:17,614 fail2ban.filter         [45906]: INFO    [sshd] Found 218.92.0.112 - 2023-07-22 03:39:17").orElseThrow();
    assertEquals(Note.FOUND, r.note());
    assertEquals("218.92.0.112", r.id());
    r = parser.parse("2017-12-14 02:09:24,003 fail2ban.observer       [918]: INFO    [sshd] Found 58.218.198.162, bad - 2017-12-14 02:09:23, 1 # -> 2").orElseThrow();
    assertEquals("58.218.198.162", r.id());
    for (String start : new String[] {
        "2014-10-12 07:35:02,876 fail2ban.server : INFO   Changed logging target to /var/log/fail2ban.log for Fail2ban v0.8.6",
        "2019-11-17 15:14:48,353 fail2ban.server         [26957]: INFO    Starting Fail2ban v0.10.4",
        "2014-10-14 13:07:29,642 fail2ban.jail   : INFO   Jail 'ssh' started"}) {
      assertEquals(Note.START, parser.parse(start).orElseThrow().note(), start);
    }
  }

  @Test
  void wallBroadcastDatesTheNextLine() {
    LogRecord r = parser.parse("Message from syslogd@tecmint at Nov 23 13:57:53 ...").orElseThrow();
    assertEquals(Note.BROADCAST, r.note());
    assertEquals(LocalDateTime.of(LogRecord.YEARLESS, 11, 23, 13, 57, 53), r.time());
    r = parser.parse("fail2ban.actions: WARNING [ssh-iptables] Ban 15.13.14.40").orElseThrow();
    assertEquals(BAN, r.kind());
    assertNull(r.time());
  }

  @Test
  void continuationDetection() {
    assertFalse(Fail2banLineParser.startsWithStamp("Traceback (most recent call last):"));
    assertFalse(Fail2banLineParser.startsWithStamp("done -- failed with [Errno 24] Too many open files"));
    assertTrue(Fail2banLineParser.startsWithStamp("Sep 16 22:41:27 eric-NUC7CJYH systemd[1]: Started Fail2Ban Service."));
    assertTrue(Fail2banLineParser.startsWithStamp("2014-10-14 12:58:56,964 sshd: whatever"));
  }
}
