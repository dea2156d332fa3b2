package org.banmap.demo;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.banmap.demo.DemoBanSchedule.Ban;
import org.banmap.demo.DemoBanSchedule.Jail;

/**
 * Writes a ban schedule as a fail2ban 1.0.x log ({@code /var/log/fail2ban.log}, UTC): the filter's
 * {@code Found} lines before each ban, the {@code Ban} and {@code Unban}, recidive's {@code Found}
 * for every ban line it reads, the odd {@code already banned}, one restart with {@code Restore Ban}
 * lines, weekly log rotation and a few other lines real logs have.
 */
final class DemoLogWriter {
  static final String VERSION = "1.0.2";
  static final int PID = 812;
  static final int PID_AFTER_RESTART = 41877;

  private record Line(long millis, long order, String text) {}

  private final SplittableRandom random;
  private final List<Line> lines = new ArrayList<>();
  private final long restart = DemoBanSchedule.millis(DemoBanSchedule.RESTART);
  private final long restartUp = restart + DemoBanSchedule.RESTART_DOWN_MILLIS;
  private final long end = DemoBanSchedule.millis(DemoBanSchedule.END);
  private long order;

  private DemoLogWriter(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static String write(List<Ban> bans, long seed) {
    DemoLogWriter w = new DemoLogWriter(seed);
    w.rotations();
    w.leftoversFromSeptember();
    for (Ban ban : bans) {
      w.ban(ban);
    }
    w.restart(bans);
    w.ignoredAndWarnings();
    return w.render();
  }

  private void ban(Ban ban) {
    Jail jail = ban.jail();
    String ip = text(ban.ip());
    String tag = "[" + jail.name() + "] ";
    if (jail != DemoBanSchedule.RECIDIVE) {
      // The filter saw maxretry failures within findtime; the last one tips it over.
      long t = ban.millis() - 20 - random.nextInt(600);
      List<Long> found = new ArrayList<>();
      found.add(t);
      for (int k = 1; k < jail.maxRetry(); k++) {
        t -= 1_000 + (long) (random.nextExponential() * (jail.name().equals("sshd") ? 25_000 : 60_000));
        found.add(0, t);
      }
      for (long f : found) {
        add(f, "fail2ban.filter", "INFO", tag + "Found " + ip + " - " + seconds(f - random.nextInt(900)));
      }
    }
    add(ban.millis(), "fail2ban.actions", "NOTICE", tag + "Ban " + ip);
    if (jail != DemoBanSchedule.RECIDIVE && ban.city() != null) {
      // recidive reads fail2ban.log and sees every ban line.
      long seen = ban.millis() + 150 + random.nextInt(700);
      add(seen, "fail2ban.filter", "INFO", "[recidive] Found " + ip + " - " + seconds(ban.millis()));
    }
    if (jail != DemoBanSchedule.RECIDIVE && random.nextDouble() < 0.02) {
      long again = ban.millis() + 300 + random.nextInt(2500);
      add(again, "fail2ban.filter", "INFO", tag + "Found " + ip + " - " + seconds(again - 200));
      add(again + 2, "fail2ban.actions", "NOTICE", tag + ip + " already banned");
    }
    long unban = ban.unbanMillis() + random.nextInt(1200);
    boolean unbannedWhileDown = unban >= restart && unban < restartUp + 1_000;
    if (unban < end && !unbannedWhileDown) {
      add(unban, "fail2ban.actions", "NOTICE", tag + "Unban " + ip);
    }
  }

  private void restart(List<Ban> bans) {
    long t = restart;
    Map<String, String> positions = new HashMap<>(); // two jails may read one file
    add(t, "fail2ban.server", "INFO", "Shutdown in progress...");
    add(t + 1, "fail2ban.observer", "INFO", "Observer stop ... try to end queue 5 seconds");
    add(t + 22, "fail2ban.observer", "INFO", "Observer stopped, 0 events remaining.");
    add(t + 68, "fail2ban.server", "INFO", "Stopping all jails");
    t += 70;
    for (Jail jail : DemoBanSchedule.JAILS) {
      add(t += 1, "fail2ban.filter", "INFO", "[" + jail.name() + "] Removed logfile: '" + jail.logFile() + "'");
      add(t += 180 + random.nextInt(200), "fail2ban.actions", "NOTICE", "[" + jail.name() + "] Flush ticket(s) with nftables");
      add(t += 90 + random.nextInt(80), "fail2ban.jail", "INFO", "Jail '" + jail.name() + "' stopped");
    }
    add(t += 12, "fail2ban.database", "INFO", "Connection to database closed.");
    add(t + 1, "fail2ban.server", "INFO", "Exiting Fail2ban");

    t = restartUp;
    add(t, PID_AFTER_RESTART, "fail2ban.server", "INFO", "-".repeat(50));
    add(t, PID_AFTER_RESTART, "fail2ban.server", "INFO", "Starting Fail2ban v" + VERSION);
    add(t += 2, PID_AFTER_RESTART, "fail2ban.observer", "INFO", "Observer start...");
    add(t += 11, PID_AFTER_RESTART, "fail2ban.database", "INFO", "Connected to fail2ban persistent database '/var/lib/fail2ban/fail2ban.sqlite3'");
    for (Jail jail : DemoBanSchedule.JAILS) {
      int pid = PID_AFTER_RESTART;
      add(t += 3, pid, "fail2ban.jail", "INFO", "Creating new jail '" + jail.name() + "'");
      add(t += 2, pid, "fail2ban.jail", "INFO", "Jail '" + jail.name() + "' uses pyinotify {}");
      add(t += 4, pid, "fail2ban.jail", "INFO", "Initiated 'pyinotify' backend");
      add(t += 1, pid, "fail2ban.filter", "INFO", "  maxLines: 1");
      add(t, pid, "fail2ban.filter", "INFO", "  maxRetry: " + jail.maxRetry());
      add(t, pid, "fail2ban.filter", "INFO", "  findtime: " + jail.findSeconds());
      add(t, pid, "fail2ban.actions", "INFO", "  banTime: " + jail.banSeconds());
      add(t, pid, "fail2ban.filter", "INFO", "  encoding: UTF-8");
      String position = positions.computeIfAbsent(
          jail.logFile(), f -> "(pos = " + (100_000 + random.nextInt(9_000_000)) + ", hash = " + hash() + ")");
      add(t += 3, pid, "fail2ban.filter", "INFO", "[" + jail.name() + "] Added logfile: '" + jail.logFile() + "' " + position);
    }
    for (Jail jail : DemoBanSchedule.JAILS) {
      add(t += 5 + random.nextInt(20), PID_AFTER_RESTART, "fail2ban.jail", "INFO", "Jail '" + jail.name() + "' started");
    }
    t += 300;
    for (Jail jail : DemoBanSchedule.JAILS) {
      for (Ban ban : bans) {
        if (ban.jail() == jail && ban.millis() < restart && ban.unbanMillis() > restartUp + 1_000) {
          add(t += 8 + random.nextInt(30), PID_AFTER_RESTART, "fail2ban.actions", "NOTICE",
              "[" + jail.name() + "] Restore Ban " + text(ban.ip()));
        }
      }
    }
  }

  /** The log is rotated weekly (Sunday 00:00) and starts just after the October rotation. */
  private void rotations() {
    for (LocalDateTime day = DemoBanSchedule.START; day.isBefore(DemoBanSchedule.END); day = day.plusDays(1)) {
      if (day.equals(DemoBanSchedule.START) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        long t = DemoBanSchedule.millis(day) + 2_000 + random.nextInt(3_000);
        add(t, "fail2ban.server", "INFO", "rollover performed on /var/log/fail2ban.log");
      }
    }
  }

  /** Unbans of September's bans: not in this log, as real logs have at the top. */
  private void leftoversFromSeptember() {
    long start = DemoBanSchedule.millis(DemoBanSchedule.START);
    String[] ips = {"61.177.172.13", "218.92.0.112", "45.148.10.81", "193.32.162.29"};
    for (String ip : ips) {
      add(start + 60_000 + random.nextLong(50 * 60_000), "fail2ban.actions", "NOTICE", "[sshd] Unban " + ip);
    }
  }

  /** Localhost ignored by ignoreip, and a few stale-line warnings from the mail log. */
  private void ignoredAndWarnings() {
    long start = DemoBanSchedule.millis(DemoBanSchedule.START);
    long span = end - start;
    for (int i = 0; i < 6; i++) {
      long t = start + random.nextLong(span);
      if (t < restart || t > restartUp + 60_000) {
        add(t, "fail2ban.filter", "INFO", "[sshd] Found 127.0.0.1 - " + seconds(t - 300));
        add(t + 1, "fail2ban.filter", "INFO", "[sshd] Ignore 127.0.0.1 by ip");
      }
    }
    for (int i = 0; i < 4; i++) {
      long t = start + random.nextLong(span);
      if (t < restart || t > restartUp + 60_000) {
        long seen = t / 1000;
        add(t, "fail2ban.filter", "WARNING", "[postfix-sasl] Ignore line since time " + seen + ".0 < "
            + (seen + 610) + ".0 - 600");
      }
    }
  }

  private String hash() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  private void add(long millis, String logger, String level, String message) {
    add(millis, millis < restartUp ? PID : PID_AFTER_RESTART, logger, level, message);
  }

  private void add(long millis, int pid, String logger, String level, String message) {
    boolean down = millis >= restart && millis < restartUp;
    boolean lifecycle = logger.equals("fail2ban.server") || logger.equals("fail2ban.observer")
        || logger.equals("fail2ban.jail") || logger.equals("fail2ban.database")
        || message.contains("Removed logfile") || message.contains("Flush ticket");
    if (millis < DemoBanSchedule.millis(DemoBanSchedule.START) || millis >= end || (down && !lifecycle)) {
      return;
    }
    String text = String.format(Locale.ROOT, "%s %-24s[%d]: %-7s %s", stamp(millis), logger, pid, level, message);
    lines.add(new Line(millis, order++, text));
  }

  private String render() {
    lines.sort(Comparator.comparingLong(Line::millis).thenComparingLong(Line::order));
    StringBuilder sb = new StringBuilder(lines.size() * 100);
    for (Line line : lines) {
      sb.append(line.text()).append('\n');
    }
    return sb.toString();
  }

  /** {@code 2026-10-03 14:02:11,482} */
  static String stamp(long millis) {
    return seconds(millis) + String.format(Locale.ROOT, ",%03d", Math.floorMod(millis, 1000));
  }

  /** {@code 2026-10-03 14:02:11} */
  static String seconds(long millis) {
    LocalDateTime t = DemoBanSchedule.time(millis);
    return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d",
        t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
  }

  /** An address as fail2ban prints it: dotted quad, or RFC 5952 compressed IPv6. */
  static String text(InetAddress ip) {
    if (!(ip instanceof Inet6Address)) {
      return ip.getHostAddress();
    }
    byte[] b = ip.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }
}
