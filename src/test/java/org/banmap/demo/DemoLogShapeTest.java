package org.banmap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.banmap.demo.DemoLog.LoggedBan;
import org.banmap.demo.DemoPlaces.City;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoLogShapeTest {
  static String log;
  static List<LoggedBan> bans;
  static Map<String, Long> byCountry;
  static long located;

  @BeforeAll
  static void generate() {
    log = DemoLog.generated();
    bans = DemoLog.bans(log);
    byCountry =
        bans.stream()
            .map(b -> DemoPlaces.cityOf(b.ip()))
            .flatMap(Optional::stream)
            .collect(Collectors.groupingBy(City::countryIso, TreeMap::new, Collectors.counting()));
    located = byCountry.values().stream().mapToLong(Long::longValue).sum();
  }

  private static double share(String iso) {
    return byCountry.getOrDefault(iso, 0L) / (double) located;
  }

  @Test
  void aFewThousandBans() {
    assertTrue(bans.size() >= 3000 && bans.size() <= 6000, "bans: " + bans.size());
  }

  @Test
  void countryMix() {
    assertTrue(share("US") >= 0.30 && share("US") <= 0.40, "US share " + share("US"));
    assertTrue(share("RU") >= 0.10 && share("RU") <= 0.20, "RU share " + share("RU"));
    assertTrue(share("CN") >= 0.07 && share("CN") <= 0.14, "CN share " + share("CN"));
    assertTrue(byCountry.size() >= 30, "countries: " + byCountry.keySet());
    long cities = bans.stream().map(b -> DemoPlaces.cityOf(b.ip())).flatMap(Optional::stream).distinct().count();
    assertTrue(cities >= 150, "cities with bans: " + cities);
  }

  @Test
  void severalJailsSshdDominant() {
    Map<String, Long> jails = bans.stream().collect(Collectors.groupingBy(LoggedBan::jail, Collectors.counting()));
    assertTrue(jails.size() >= 3, "jails: " + jails);
    assertTrue(jails.get("sshd") > bans.size() / 2, "sshd: " + jails);
    assertTrue(jails.getOrDefault("recidive", 0L) >= 10, "recidive: " + jails);
  }

  @Test
  void spansOctober() {
    LocalDateTime first = bans.get(0).time();
    LocalDateTime last = bans.get(bans.size() - 1).time();
    assertEquals(LocalDateTime.of(2026, 10, 1, 0, 0), first.truncatedTo(ChronoUnit.DAYS));
    assertEquals(LocalDateTime.of(2026, 10, 31, 0, 0), last.truncatedTo(ChronoUnit.DAYS));
    long days = bans.stream().map(b -> b.time().toLocalDate()).distinct().count();
    assertEquals(31, days, "every day has bans");
  }

  @Test
  void dailyRhythm() {
    long[] perHour = new long[24];
    bans.forEach(b -> perHour[b.time().getHour()]++);
    long max = java.util.Arrays.stream(perHour).max().orElseThrow();
    long min = java.util.Arrays.stream(perHour).min().orElseThrow();
    assertTrue(max >= 2 * min, "busiest hour " + max + " vs quietest " + min);
  }

  @Test
  void botnetBursts() {
    Map<String, Long> perHourAndCountry = new HashMap<>();
    for (LoggedBan b : bans) {
      DemoPlaces.cityOf(b.ip())
          .ifPresent(c -> perHourAndCountry.merge(b.time().truncatedTo(ChronoUnit.HOURS) + " " + c.countryIso(), 1L, Long::sum));
    }
    double meanPerHour = bans.size() / (31.0 * 24);
    long bursts = perHourAndCountry.values().stream().filter(n -> n >= 10 * meanPerHour).count();
    assertTrue(bursts >= 3, "hours in which one country made 10x the mean hourly bans: " + bursts);
  }

  @Test
  void repeatOffenders() {
    Map<InetAddress, List<LocalDateTime>> times =
        bans.stream().collect(Collectors.groupingBy(LoggedBan::ip, Collectors.mapping(LoggedBan::time, Collectors.toList())));
    long daysApart =
        times.values().stream()
            .filter(t -> Duration.between(t.get(0), t.get(t.size() - 1)).toDays() >= 2)
            .count();
    assertTrue(daysApart >= 50, "addresses banned again days later: " + daysApart);
  }

  @Test
  void unresolvedPrivateAndIpv6() {
    long unresolved = bans.stream().filter(b -> isPublic(b.ip()) && DemoPlaces.cityOf(b.ip()).isEmpty()).count();
    long privateIps = bans.stream().filter(b -> !isPublic(b.ip())).count();
    long v6 = bans.stream().filter(b -> b.ip().getAddress().length == 16).count();
    assertTrue(unresolved >= 0.005 * bans.size() && unresolved <= 0.02 * bans.size(), "unresolved: " + unresolved);
    assertTrue(privateIps >= 3 && privateIps <= 10, "private: " + privateIps);
    assertTrue(v6 >= 50, "IPv6 bans: " + v6);
  }

  @Test
  void otherLinesThatAreNotBans() {
    assertTrue(log.contains("Shutdown in progress..."));
    assertTrue(log.contains("Exiting Fail2ban"));
    assertTrue(log.contains("Starting Fail2ban v1.0.2"));
    assertTrue(log.contains("Jail 'sshd' started"));
    assertTrue(log.contains("rollover performed on /var/log/fail2ban.log"));
    assertTrue(count(" Restore Ban ") >= 5, "restore lines: " + count(" Restore Ban "));
    assertTrue(count(" already banned") >= 20, "already banned: " + count(" already banned"));
    assertTrue(count("] Unban ") >= bans.size() * 0.9, "unbans: " + count("] Unban "));
    assertTrue(count("] Found ") >= bans.size() * 3, "found: " + count("] Found "));
    for (String line : log.split("\n")) {
      assertTrue(
          line.matches("2026-10-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} fail2ban\\.[a-z]+ +\\[\\d+\\]: (INFO |NOTICE |WARNING) .+"),
          "odd line: " + line);
    }
  }

  private static long count(String text) {
    return log.lines().filter(l -> l.contains(text)).count();
  }

  private static boolean isPublic(InetAddress ip) {
    return !(ip.isSiteLocalAddress() || ip.isLoopbackAddress() || ip.isLinkLocalAddress());
  }
}
