package org.banmap.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic, and the committed resources are exactly what it makes. */
class DemoDataGeneratorTest {
  private static final String HOW =
      "; regenerate with: java -cp target/classes org.banmap.demo.DemoDataGenerator src/main/resources/demo";

  private static byte[] database;

  /** {@link DemoDataGenerator#database()}, made once for this class. */
  private static synchronized byte[] database() {
    if (database == null) {
      database = DemoDataGenerator.database();
    }
    return database;
  }

  @Test
  void twoRunsWriteIdenticalFiles(@TempDir Path a) throws IOException {
    // Run one writes the files; run two is the shared in-memory one the other demo tests use.
    DemoDataGenerator.writeTo(a);
    assertEquals(DemoLog.generated(), gunzip(Files.readAllBytes(a.resolve(DemoDataGenerator.LOG_FILE))));
    assertArrayEquals(database(), Files.readAllBytes(a.resolve(DemoDataGenerator.DATABASE_FILE)));
  }

  @Test
  void committedLogIsWhatTheGeneratorMakes() throws IOException {
    String committed = gunzip(resource(DemoDataGenerator.LOG_FILE));
    String generated = DemoLog.generated();
    if (!committed.equals(generated)) {
      // Point at the first differing line rather than dumping 4 MB.
      String[] c = committed.split("\n", -1);
      String[] g = generated.split("\n", -1);
      int i = 0;
      while (i < Math.min(c.length, g.length) && c[i].equals(g[i])) {
        i++;
      }
      assertEquals(i < g.length ? g[i] : "<end>", i < c.length ? c[i] : "<end>",
          "committed " + DemoDataGenerator.LOG_FILE + " differs at line " + (i + 1) + HOW);
    }
  }

  @Test
  void committedDatabaseIsWhatTheGeneratorMakes() throws IOException {
    assertArrayEquals(database(), resource(DemoDataGenerator.DATABASE_FILE),
        "committed " + DemoDataGenerator.DATABASE_FILE + " differs" + HOW);
  }

  @Test
  void resourcesAreSmall() throws IOException {
    int log = resource(DemoDataGenerator.LOG_FILE).length;
    int db = resource(DemoDataGenerator.DATABASE_FILE).length;
    assertEquals(true, log < 600_000, "log.gz is " + log + " bytes");
    assertEquals(true, db < 100_000, "mmdb is " + db + " bytes");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoData.class.getResourceAsStream(DemoData.RESOURCE_DIR + name)) {
      assertNotNull(in, name + " is not on the classpath" + HOW);
      return in.readAllBytes();
    }
  }

  static String gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
