package org.banmap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.banmap.geo.BanGeocoder;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.ingest.Fail2banLogReader;
import org.banmap.ingest.IngestResult;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBansTest {
  @TempDir Path dir;

  @Test
  void everyBanParsesAndLocatesWithin30Days() throws Exception {
    SyntheticBans.Written files = SyntheticBans.write(dir, 2_000, 7);
    Problems problems = new Problems();
    IngestResult ingest = new Fail2banLogReader(ZoneOffset.UTC, false, problems).read(List.of(files.log()), Progress.silent());
    assertEquals(2_000, ingest.bans().size(), "every line is a ban");
    try (GeoLocator locator = MaxMindGeoLocator.open(files.database())) {
      assertEquals(2_000, new BanGeocoder().geocode(ingest.bans(), locator, problems).located().size());
    }
    assertEquals(0, problems.total(), "no unparsed lines, private addresses or unknown networks");
    assertTrue(ingest.bans().stream().allMatch(b -> !b.time().isBefore(SyntheticBans.START)
        && b.time().isBefore(SyntheticBans.START.plusMillis(SyntheticBans.SPAN_MILLIS))));
    assertEquals(Files.readAllBytes(files.log()).length, files.logBytes());
    byte[] again = Files.readAllBytes(SyntheticBans.write(Files.createDirectory(dir.resolve("again")), 2_000, 7).log());
    assertEquals(Files.readString(files.log()), new String(again), "same seed, same log");
  }
}
