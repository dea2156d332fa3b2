package org.banmap.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

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

  private DemoDataGenerator() {}

  /** The demo log's text, as it is inside {@link #LOG_FILE}. */
  public static String log() {
    return DemoLogWriter.write(DemoBanSchedule.generate(SEED), SEED + 1);
  }

  /** Writes the demo files into {@code dir} (created if absent). */
  public static void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = new BestGzip(Files.newOutputStream(dir.resolve(LOG_FILE)))) {
      out.write(log().getBytes(StandardCharsets.UTF_8));
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java -cp target/classes org.banmap.demo.DemoDataGenerator OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    writeTo(dir);
    System.out.println("wrote " + dir.resolve(LOG_FILE) + " (" + Files.size(dir.resolve(LOG_FILE)) + " bytes)");
  }

  /** gzip at the best compression level; the JDK writes a zero timestamp, so output is stable. */
  private static final class BestGzip extends GZIPOutputStream {
    BestGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
