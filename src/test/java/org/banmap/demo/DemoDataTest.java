package org.banmap.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.banmap.demo.DemoData.DemoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
  @Test
  void extractsBothFiles(@TempDir Path dir) throws Exception {
    DemoFiles files = DemoData.extract(dir.resolve("sub"));
    assertEquals(dir.resolve("sub/fail2ban-demo.log.gz"), files.log());
    assertArrayEquals(DemoDataGeneratorTest.resource(DemoDataGenerator.LOG_FILE), Files.readAllBytes(files.log()));
    assertArrayEquals(
        DemoDataGeneratorTest.resource(DemoDataGenerator.DATABASE_FILE), Files.readAllBytes(files.geoipDatabase()));
    // Extracting again over the same files is fine.
    assertEquals(files, DemoData.extract(dir.resolve("sub")));
  }

  @Test
  void missingResourcesSayHowToFix(@TempDir Path dir) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoData.extract(dir, "/no-such-demo/"));
    assertTrue(e.getMessage().contains("demo data missing from the jar"), e.getMessage());
    assertTrue(e.getMessage().contains("rebuild with mvn package"), e.getMessage());
  }

  @Test
  void logZoneIsUtc() {
    assertEquals(ZoneOffset.UTC, DemoData.logZone());
    assertTrue(DemoData.DESCRIPTION.contains("synthetic"));
  }
}
