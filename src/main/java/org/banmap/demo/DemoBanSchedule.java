package org.banmap.demo;

import java.net.InetAddress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.banmap.demo.DemoPlaces.City;
import org.banmap.demo.DemoPlaces.Country;

/**
 * Decides who is banned when: the demo month's ban events, before they are written as log lines.
 *
 * <p>Four sources: one-off attackers (country by weight, time by that country's daily rhythm),
 * repeat offenders (sessions days apart, several bans in a row per session, which trips the
 * recidive jail), botnet waves (hundreds of addresses from one country within an hour or two),
 * and a few odd ones (addresses outside the demo database, private addresses). A final
 * chronological pass drops what fail2ban would not log: a second ban of an address already banned
 * in that jail, any ban of an address in recidive, and bans while fail2ban is restarting.
 */
final class DemoBanSchedule {
  static final LocalDateTime START = LocalDateTime.of(2026, 10, 1, 0, 0);
  static final LocalDateTime END = LocalDateTime.of(2026, 11, 1, 0, 0);
  /** fail2ban is restarted here (mid-month); it is down for {@link #RESTART_DOWN_MILLIS}. */
  static final LocalDateTime RESTART = LocalDateTime.of(2026, 10, 16, 3, 12, 40);

  static final long RESTART_DOWN_MILLIS = 4_000;

  /** The jails of the demo server: name, share of ordinary bans, bantime, maxretry, log file. */
  record Jail(String name, double share, long banSeconds, int maxRetry, long findSeconds, String logFile) {}

  static final List<Jail> JAILS =
      List.of(
          new Jail("sshd", 0.64, 3600, 5, 600, "/var/log/auth.log"),
          new Jail("nginx-http-auth", 0.09, 1800, 3, 600, "/var/log/nginx/error.log"),
          new Jail("postfix-sasl", 0.09, 3600, 3, 600, "/var/log/mail.log"),
          new Jail("dovecot", 0.07, 3600, 3, 600, "/var/log/mail.log"),
          new Jail("nginx-botsearch", 0.06, 3600, 2, 600, "/var/log/nginx/access.log"),
          new Jail("apache-badbots", 0.05, 172800, 1, 600, "/var/log/apache2/access.log"),
          new Jail("recidive", 0, 604800, 3, 86400, "/var/log/fail2ban.log"));

  static final Jail RECIDIVE = jail("recidive");

  /** One ban as fail2ban would log it; {@code city} is null for addresses outside the database. */
  record Ban(long millis, InetAddress ip, Jail jail, City city) {
    long unbanMillis() {
      return millis + jail.banSeconds() * 1000;
    }
  }

  /** A botnet wave: {@code count} bans from these cities, peaking mid-way through. */
  record Burst(String iso, List<String> cities, LocalDateTime start, int minutes, int count, String jail) {}

  static final List<Burst> BURSTS =
      List.of(
          new Burst("CN", List.of("Shenzhen", "Guangzhou", "Shanghai"), LocalDateTime.of(2026, 10, 7, 13, 20), 100, 260, "sshd"),
          new Burst("BR", List.of("Sao Paulo", "Rio de Janeiro"), LocalDateTime.of(2026, 10, 12, 22, 5), 70, 140, "sshd"),
          new Burst("VN", List.of("Hanoi", "Ho Chi Minh City"), LocalDateTime.of(2026, 10, 20, 2, 40), 120, 190, "sshd"),
          new Burst("RU", List.of("Moscow", "Saint Petersburg"), LocalDateTime.of(2026, 10, 25, 18, 10), 60, 130, "nginx-http-auth"),
          new Burst("IN", List.of("Mumbai", "Pune"), LocalDateTime.of(2026, 10, 29, 8, 45), 80, 90, "postfix-sasl"));

  static final int ONE_OFF_BANS = 3300;
  static final int REPEAT_OFFENDERS = 200;
  static final int UNRESOLVED_BANS = 50;
  /** Share of attackers in a city with an IPv6 network that come over IPv6. */
  static final double IPV6_SHARE = 0.12;

  /** Internal hosts that tripped a jail: real logs have them, the geo stage skips them. */
  static final List<String> PRIVATE_OFFENDERS =
      List.of("192.168.1.23", "192.168.1.23", "10.8.0.6", "192.168.178.44", "172.16.5.20", "10.0.0.17");

  private final SplittableRandom random;
  private final List<Ban> candidates = new ArrayList<>();

  private DemoBanSchedule(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The month's bans in time order (recidive bans included). */
  static List<Ban> generate(long seed) {
    DemoBanSchedule s = new DemoBanSchedule(seed);
    s.oneOffs();
    s.repeatOffenders();
    s.bursts();
    s.oddOnes();
    return s.settle();
  }

  static Jail jail(String name) {
    return JAILS.stream()
        .filter(j -> j.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo jail " + name));
  }

  static long millis(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  static LocalDateTime time(long millis) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private void oneOffs() {
    for (int i = 0; i < ONE_OFF_BANS; i++) {
      City city = pickCity();
      candidates.add(new Ban(rhythmTime(city), addressIn(city), pickJail(), city));
    }
  }

  private void repeatOffenders() {
    for (int i = 0; i < REPEAT_OFFENDERS; i++) {
      City city = pickCity();
      InetAddress ip = addressIn(city);
      Jail jail = random.nextDouble() < 0.8 ? jail("sshd") : pickJail();
      int sessions = 2 + random.nextInt(3);
      for (int s = 0; s < sessions; s++) {
        long t = rhythmTime(city);
        // Most sessions are one ban; some attackers come straight back after the unban.
        int inRow = random.nextDouble() < 0.7 ? 1 : 2 + random.nextInt(3);
        for (int k = 0; k < inRow; k++) {
          candidates.add(new Ban(t, ip, jail, city));
          t += jail.banSeconds() * 1000 + 60_000 + random.nextLong(40 * 60_000);
        }
      }
    }
  }

  private void bursts() {
    for (Burst b : BURSTS) {
      List<City> cities = b.cities().stream().map(name -> DemoPlaces.city(b.iso(), name)).toList();
      long start = millis(b.start());
      long span = b.minutes() * 60_000L;
      for (int i = 0; i < b.count(); i++) {
        // Triangular: ramps up to the middle of the wave and dies down.
        long t = start + (long) ((random.nextDouble() + random.nextDouble()) / 2 * span);
        City city = cities.get(random.nextInt(cities.size()));
        candidates.add(new Ban(t, addressIn(city), jail(b.jail()), city));
      }
    }
  }

  private void oddOnes() {
    long start = millis(START);
    long span = millis(END) - start;
    for (int i = 0; i < UNRESOLVED_BANS; i++) {
      InetAddress ip =
          DemoPlaces.address(
              new byte[] {
                (byte) DemoPlaces.UNRESOLVED_OCTET,
                (byte) random.nextInt(256),
                (byte) random.nextInt(256),
                (byte) (1 + random.nextInt(254))
              });
      candidates.add(new Ban(start + random.nextLong(span), ip, pickJail(), null));
    }
    for (String text : PRIVATE_OFFENDERS) {
      byte[] b = new byte[4];
      String[] parts = text.split("\\.");
      for (int k = 0; k < 4; k++) {
        b[k] = (byte) Integer.parseInt(parts[k]);
      }
      candidates.add(new Ban(start + random.nextLong(span), DemoPlaces.address(b), jail("sshd"), null));
    }
  }

  /** Drops what fail2ban would not log and adds recidive bans (3 bans of one address in a day). */
  private List<Ban> settle() {
    candidates.sort(Comparator.comparingLong(Ban::millis));
    long restart = millis(RESTART);
    long end = millis(END);
    Map<String, Long> bannedUntil = new HashMap<>();
    Map<InetAddress, List<Long>> history = new HashMap<>();
    List<Ban> out = new ArrayList<>();
    for (Ban ban : candidates) {
      if (ban.millis() >= end || (ban.millis() >= restart - 2_000 && ban.millis() < restart + RESTART_DOWN_MILLIS + 3_000)) {
        continue;
      }
      String key = ban.jail().name() + " " + ban.ip().getHostAddress();
      String recidiveKey = RECIDIVE.name() + " " + ban.ip().getHostAddress();
      if (bannedUntil.getOrDefault(key, Long.MIN_VALUE) > ban.millis()
          || bannedUntil.getOrDefault(recidiveKey, Long.MIN_VALUE) > ban.millis()) {
        continue;
      }
      out.add(ban);
      bannedUntil.put(key, ban.unbanMillis());
      List<Long> seen = history.computeIfAbsent(ban.ip(), k -> new ArrayList<>());
      seen.add(ban.millis());
      seen.removeIf(t -> t <= ban.millis() - RECIDIVE.findSeconds() * 1000);
      if (seen.size() >= RECIDIVE.maxRetry() && ban.city() != null) {
        Ban recidive = new Ban(ban.millis() + 900 + random.nextInt(700), ban.ip(), RECIDIVE, ban.city());
        out.add(recidive);
        bannedUntil.put(recidiveKey, recidive.unbanMillis());
        seen.clear();
      }
    }
    out.sort(Comparator.comparingLong(Ban::millis));
    return out;
  }

  private City pickCity() {
    Country country = pick(DemoPlaces.COUNTRIES, Country::weight);
    return pick(country.cities(), City::weight);
  }

  private Jail pickJail() {
    return pick(JAILS, Jail::share);
  }

  private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
    double total = 0;
    for (T item : items) {
      total += weight.applyAsDouble(item);
    }
    double r = random.nextDouble() * total;
    for (T item : items) {
      r -= weight.applyAsDouble(item);
      if (r < 0) {
        return item;
      }
    }
    return items.get(items.size() - 1);
  }

  /**
   * A time in the month following the attacker's local day: busiest in the local evening, quiet
   * in the local early morning, a little quieter at weekends.
   */
  private long rhythmTime(City city) {
    while (true) {
      long t = millis(START) + random.nextLong(millis(END) - millis(START));
      LocalDateTime utc = time(t);
      double localHour = utc.getHour() + utc.getMinute() / 60.0 + city.lon() / 15.0;
      double wave = 0.5 + 0.5 * Math.cos(2 * Math.PI * (localHour - 21) / 24);
      double accept = 0.08 + 0.92 * wave * wave * wave;
      DayOfWeek day = utc.getDayOfWeek();
      if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
        accept *= 0.85;
      }
      if (random.nextDouble() < accept) {
        return t;
      }
    }
  }

  private InetAddress addressIn(City city) {
    if (city.v6Network() != null && random.nextDouble() < IPV6_SHARE) {
      byte[] b = city.v6Network().getAddress();
      // A /64 inside the /48, then either a small host number or a random interface id.
      b[6] = 0;
      b[7] = (byte) (1 + random.nextInt(40));
      if (random.nextBoolean()) {
        b[15] = (byte) (1 + random.nextInt(250));
      } else {
        for (int k = 8; k < 16; k++) {
          b[k] = (byte) random.nextInt(256);
        }
      }
      return DemoPlaces.address(b);
    }
    byte[] b = city.v4Network().getAddress();
    int host = 1 + random.nextInt(4094);
    b[2] = (byte) ((b[2] & 0xF0) | (host >> 8));
    b[3] = (byte) host;
    if ((b[3] & 0xFF) == 0 || (b[3] & 0xFF) == 255) {
      b[3] = 7;
    }
    return DemoPlaces.address(b);
  }
}
