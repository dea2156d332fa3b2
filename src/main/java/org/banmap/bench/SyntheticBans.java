package org.banmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.banmap.geo.GeoIpRecords;
import org.banmap.geo.MmdbWriter;

/**
 * Benchmark input: {@code n} fail2ban {@code Ban} lines spread uniformly over 30 days (UTC), and a
 * GeoIP City database that locates every one of them, so the benchmark runs the real parser and
 * the real MaxMind reader. Addresses come from 2,048 public /16 networks, each placed at one of
 * 500 random spots on the map; the host part is random, so nearly every ban is a new address (the
 * geocoder's cache does not flatter the numbers). Same {@code seed}, same files.
 */
public final class SyntheticBans {
  public static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  public static final long SPAN_MILLIS = 30L * 24 * 3600 * 1000;
  static final String DATABASE_TYPE = "banmap-Bench-City";
  private static final int NETWORKS = 2048;
  private static final int PLACES = 500;
  private static final String[] JAILS = {"sshd", "sshd", "sshd", "sshd", "nginx-http-auth", "postfix-sasl", "recidive"};
  /** First octets of public unicast space (no 0, 10, 100, 127, 169, 172, 192, 198, 203, 224+). */
  private static final int[] FIRST_OCTETS = {
    5, 23, 31, 37, 41, 45, 46, 49, 58, 61, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95,
    101, 103, 109, 110, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 177, 178, 179,
    180, 181, 182, 183, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 200, 201,
  };

  /** The log and database written for one size. */
  public record Written(Path log, Path database, long logBytes) {}

  private SyntheticBans() {}

  /** Writes {@code bans} ban lines to {@code dir/fail2ban.log} and the database to {@code dir/bench.mmdb}. */
  public static Written write(Path dir, int bans, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] places = new double[PLACES][];
    for (int i = 0; i < PLACES; i++) {
      // Mostly where people and servers are: no polar caps.
      places[i] = new double[] {-125 + random.nextDouble() * 270, -45 + random.nextDouble() * 110};
    }
    int[] networkPlace = new int[NETWORKS];
    MmdbWriter writer = new MmdbWriter(DATABASE_TYPE, 6, Map.of("en", "banmap benchmark database (synthetic)"),
        List.of("en"), START.getEpochSecond());
    for (int n = 0; n < NETWORKS; n++) {
      networkPlace[n] = random.nextInt(PLACES);
      double[] p = places[networkPlace[n]];
      writer.insert(network(n), 16, GeoIpRecords.city("XX", "Benchland", "Place " + networkPlace[n], p[1], p[0], 20));
    }
    Path database = dir.resolve("bench.mmdb");
    writer.write(database);

    long[] times = new long[bans];
    for (int i = 0; i < bans; i++) {
      times[i] = START.toEpochMilli() + (long) (random.nextDouble() * SPAN_MILLIS);
    }
    Arrays.sort(times);
    Path log = dir.resolve("fail2ban.log");
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder(128);
      for (long t : times) {
        int n = random.nextInt(NETWORKS);
        int host = random.nextInt(1 << 16);
        line.setLength(0);
        stamp(line, t);
        line.append(" fail2ban.actions        [812]: NOTICE  [").append(JAILS[random.nextInt(JAILS.length)])
            .append("] Ban ").append(FIRST_OCTETS[n % FIRST_OCTETS.length]).append('.').append(n / FIRST_OCTETS.length)
            .append('.').append(host >> 8).append('.').append(host & 0xFF).append('\n');
        out.append(line);
      }
    }
    return new Written(log, database, Files.size(log));
  }

  private static InetAddress network(int n) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) FIRST_OCTETS[n % FIRST_OCTETS.length], (byte) (n / FIRST_OCTETS.length), 0, 0});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code 2026-10-03 14:02:11,482} */
  private static void stamp(StringBuilder sb, long millis) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
    sb.append(t.getYear()).append('-');
    two(sb, t.getMonthValue()).append('-');
    two(sb, t.getDayOfMonth()).append(' ');
    two(sb, t.getHour()).append(':');
    two(sb, t.getMinute()).append(':');
    two(sb, t.getSecond()).append(',');
    int ms = (int) Math.floorMod(millis, 1000);
    sb.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
