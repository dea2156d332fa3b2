package org.banmap.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.banmap.demo.DemoPlaces.City;
import org.banmap.geo.GeoIpRecords;
import org.banmap.geo.MmdbWriter;

/**
 * Makes the demo data set bundled in the jar: a synthetic one-month fail2ban log and a small
 * synthetic GeoIP City database whose networks are the log's attackers. Everything follows from
 * {@link #SEED}, so the output is the same on every run and machine.
 *
 * <p>Regenerate the resources after changing anything in this package (from the repository root):
 *
 * <pre>
 * mvn -q -B compile
 * java -cp target/classes org.banmap.demo.DemoDataGenerator src/main/resources/demo
 * </pre>
 *
 * (with {@code -Dbanmap.buildDir=DIR}, use {@code DIR/classes}). {@code DemoDataGeneratorTest}
 * fails when the committed files differ from what this class makes.
 */
public final class DemoDataGenerator {
  public static final long SEED = 20261031L;
  public static final String LOG_FILE = "fail2ban-demo.log.gz";
  public static final String DATABASE_FILE = "banmap-demo.mmdb";
  public static final String DATABASE_TYPE = "banmap-Demo-City";
  public static final String DATABASE_DESCRIPTION = "banmap demo database (synthetic; not real GeoIP data)";
  /** The database's build time, fixed so the file is the same on every run: 2026-11-01T00:00Z. */
  public static final long DATABASE_BUILD_EPOCH = DemoBanSchedule.millis(DemoBanSchedule.END) / 1000;

  private DemoDataGenerator() {}

  /** The demo log's text, as it is inside {@link #LOG_FILE}. */
  public static String log() {
    return DemoLogWriter.write(DemoBanSchedule.generate(SEED), SEED + 1);
  }

  /**
   * The demo GeoIP database: an IPv6 City database mapping each demo city's IPv4 /20 (and, for
   * some, IPv6 /48) to the city. The addresses the log uses for "unresolved" are left out.
   */
  public static byte[] database() {
    MmdbWriter writer =
        new MmdbWriter(DATABASE_TYPE, 6, Map.of("en", DATABASE_DESCRIPTION), List.of("en"), DATABASE_BUILD_EPOCH);
    for (City city : DemoPlaces.allCities()) {
      Map<String, Object> record =
          GeoIpRecords.city(city.countryIso(), city.countryName(), city.name(), city.lat(), city.lon(), city.accuracyKm());
      writer.insert(city.v4Network(), City.V4_PREFIX, record);
      if (city.v6Network() != null) {
        writer.insert(city.v6Network(), City.V6_PREFIX, record);
      }
    }
    return writer.toBytes();
  }

  /** Writes the demo files into {@code dir} (created if absent). */
  public static void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = new BestGzip(Files.newOutputStream(dir.resolve(LOG_FILE)))) {
      out.write(log().getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve(DATABASE_FILE), database());
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java -cp target/classes org.banmap.demo.DemoDataGenerator OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    writeTo(dir);
    for (String file : List.of(LOG_FILE, DATABASE_FILE)) {
      System.out.println("wrote " + dir.resolve(file) + " (" + Files.size(dir.resolve(file)) + " bytes)");
    }
  }

  /** gzip at the best compression level; the JDK writes a zero timestamp, so output is stable. */
  private static final class BestGzip extends GZIPOutputStream {
    BestGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
