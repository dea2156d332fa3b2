package org.banmap.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo log's new bans, read with a plain regex (independent of the real ingest parser). */
final class DemoLog {
  private DemoLog() {}

  record LoggedBan(LocalDateTime time, String jail, InetAddress ip) {}

  static final Pattern BAN =
      Pattern.compile(
          "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d),\\d{3} fail2ban\\.actions\\s+\\[\\d+\\]: NOTICE\\s+\\[([\\w-]+)\\] Ban (\\S+)$");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static String generated;

  /**
   * {@link DemoDataGenerator#log()}, made once for all the demo tests in this JVM (it takes about
   * a second); tests that need a second, independent run call the generator themselves.
   */
  static synchronized String generated() {
    if (generated == null) {
      generated = DemoDataGenerator.log();
    }
    return generated;
  }

  static List<LoggedBan> bans(String log) {
    List<LoggedBan> out = new ArrayList<>();
    for (String line : log.split("\n")) {
      Matcher m = BAN.matcher(line);
      if (m.matches()) {
        out.add(new LoggedBan(LocalDateTime.parse(m.group(1), TIME), m.group(2), ip(m.group(3))));
      }
    }
    return out;
  }

  static InetAddress ip(String literal) {
    if (!literal.matches("[0-9a-fA-F:.]+")) {
      throw new AssertionError("not an IP literal: " + literal);
    }
    try {
      return InetAddress.getByName(literal); // a literal: no DNS
    } catch (UnknownHostException e) {
      throw new AssertionError(literal, e);
    }
  }
}
