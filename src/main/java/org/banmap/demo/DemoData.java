package org.banmap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo data set bundled in the jar, for {@code banmap demo}: a synthetic fail2ban log and a
 * synthetic GeoIP City database covering its addresses. No downloads, no GeoIP licence.
 */
public final class DemoData {
  static final String RESOURCE_DIR = "/demo/";

  /** One line for the run summary. */
  public static final String DESCRIPTION =
      "built-in demo data: a synthetic fail2ban log (October 2026, UTC) and a synthetic GeoIP"
          + " database (made-up networks at real city locations; not real GeoIP data)";

  private DemoData() {}

  /**
   * The demo files copied out of the jar. {@code log} is gzip-compressed fail2ban 1.0 log text
   * ({@code fail2ban-demo.log.gz}); {@code geoipDatabase} is a MaxMind DB file.
   */
  public record DemoFiles(Path log, Path geoipDatabase) {}

  /** Copies the demo log and database into {@code tempDir} (created if absent). */
  public static DemoFiles extract(Path tempDir) {
    return extract(tempDir, RESOURCE_DIR);
  }

  static DemoFiles extract(Path tempDir, String resourceDir) {
    try {
      Files.createDirectories(tempDir);
      Path log = copy(resourceDir + DemoDataGenerator.LOG_FILE, tempDir.resolve(DemoDataGenerator.LOG_FILE));
      Path db = copy(resourceDir + DemoDataGenerator.DATABASE_FILE, tempDir.resolve(DemoDataGenerator.DATABASE_FILE));
      return new DemoFiles(log, db);
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy the demo data to " + tempDir + ": " + e.getMessage(), e);
    }
  }

  /** The demo log's timestamps are UTC. */
  public static ZoneId logZone() {
    return ZoneOffset.UTC;
  }

  private static Path copy(String resource, Path target) throws IOException {
    try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "demo data missing from the jar (" + resource.substring(1) + "); rebuild with mvn package");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    }
  }
}
