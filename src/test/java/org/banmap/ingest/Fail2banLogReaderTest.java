package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on small fixtures, each named by the fault it carries. */
class Fail2banLogReaderTest {
  @TempDir Path tmp;
  private final Problems problems = new Problems();

  static Path fixture(String name) {
    try {
      return Path.of(Fail2banLogReaderTest.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private IngestResult read(ZoneId zone, boolean keepRestarts, Path... files) {
    return new Fail2banLogReader(zone, keepRestarts, problems).read(List.of(files), Progress.silent());
  }

  private static List<String> ips(IngestResult r) {
    return r.bans().stream().map(b -> b.ip().getHostAddress()).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void restartBurstExcludedByDefault() {
    IngestResult r = read(ZoneOffset.UTC, false, fixture("restart-burst-0.9.log"));
    assertEquals(List.of("198.51.100.1", "203.0.113.50", "203.0.113.60", "203.0.113.70"), ips(r));
    assertEquals(5, r.restartBansExcluded());
    assertEquals(9, r.count(EventKind.BAN), "events still count every Ban line");
  }

  @Test
  void restartBurstKeptOnRequest() {
    IngestResult r = read(ZoneOffset.UTC, true, fixture("restart-burst-0.9.log"));
    assertEquals(9, r.bans().size());
    assertEquals(0, r.restartBansExcluded());
  }

  @Test
  void transportResidue_bomCrlfNulInvalidUtf8NoFinalNewline() {
    IngestResult r = read(ZoneOffset.UTC, true, fixture("transport-residue.log"));
    assertEquals(List.of("192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13", "192.0.2.14"), ips(r));
    assertEquals(1, r.count(EventKind.UNBAN));
    assertEquals(7, r.linesRead());
    assertEquals(Instant.parse("2019-05-01T10:00:06.007Z"), r.bans().get(4).time());
    assertTrue(problems.isEmpty(), problems.counts().toString());
  }

  @Test
  void nonIpIdsAndContinuationLinesAreCountedNotFatal() {
    IngestResult r = read(ZoneOffset.UTC, true, fixture("non-ip-ids.log"));
    assertEquals(List.of("192.0.2.30", "2001:db8:0:0:0:0:0:7"), ips(r));
    assertEquals(5, r.count(EventKind.BAN));
    assertEquals(3, problems.count("ban_id_not_an_ip"));
    assertTrue(problems.examples("ban_id_not_an_ip").get(0).endsWith("non-ip-ids.log:2: X.X.X.X"),
        problems.examples("ban_id_not_an_ip").toString());
    assertEquals(3, problems.count("continuation_line"));
    assertEquals(1, problems.count("not_a_fail2ban_line"));
  }

  @Test
  void yearInferredFromMtimeAcrossDecemberToJanuary() throws IOException {
    Path f = Files.copy(fixture("syslog-year-wrap.log"), tmp.resolve("syslog"));
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-01-05T00:00:00Z")));
    IngestResult r = read(ZoneOffset.UTC, true, f);
    assertEquals(List.of(Instant.parse("2023-12-30T23:59:58Z"), Instant.parse("2023-12-31T23:59:59Z"),
        Instant.parse("2024-01-01T00:00:01Z"), Instant.parse("2024-01-02T08:00:00Z")),
        r.bans().stream().map(BanEvent::time).toList());
  }

  @Test
  void yearTakenFromAnEarlierDatedLine() throws IOException {
    Path f = write("mixed.log", "2006-02-13 15:52:30,388 fail2ban.actions: NOTICE [sendmail] Ban 192.0.2.40\n"
        + "Sep 16 00:44:55 spaceman fail2ban.actions: NOTICE [jail] Ban 192.0.2.41\n");
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2025-11-24T00:00:00Z")));
    IngestResult r = read(ZoneOffset.UTC, true, f);
    assertEquals(Instant.parse("2006-09-16T00:44:55Z"), r.bans().get(1).time());
  }

  @Test
  void repeatedDstHourKeepsFileOrder() throws IOException {
    // Europe/Berlin falls back at 03:00 CEST on 2023-10-29: 02:00-02:59 happens twice.
    Path f = write("dst.log", String.join("\n",
        "2023-10-29 02:30:00,000 fail2ban.actions        [1]: NOTICE  [sshd] Ban 192.0.2.50",
        "2023-10-29 02:59:00,000 fail2ban.actions        [1]: NOTICE  [sshd] Ban 192.0.2.51",
        "2023-10-29 02:10:00,000 fail2ban.actions        [1]: NOTICE  [sshd] Ban 192.0.2.52",
        "2023-10-29 03:10:00,000 fail2ban.actions        [1]: NOTICE  [sshd] Ban 192.0.2.53", ""));
    IngestResult r = read(ZoneId.of("Europe/Berlin"), true, f);
    assertEquals(List.of("192.0.2.50", "192.0.2.51", "192.0.2.52", "192.0.2.53"), ips(r));
    assertEquals(Instant.parse("2023-10-29T00:30:00Z"), r.bans().get(0).time());
    assertEquals(Instant.parse("2023-10-29T01:10:00Z"), r.bans().get(2).time());
  }

  @Test
  void offsetInTheLineWinsOverTheZone() throws IOException {
    Path f = write("iso.log",
        "2023-06-10T10:00:00.123+02:00 host fail2ban.actions[1]: NOTICE [sshd] Ban 192.0.2.60\n");
    IngestResult r = read(ZoneId.of("America/New_York"), true, f);
    assertEquals(Instant.parse("2023-06-10T08:00:00.123Z"), r.bans().get(0).time());
  }

  @Test
  void gzipFoundByMagicNotByName() throws IOException {
    Path f = tmp.resolve("fail2ban.log");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("2017-01-01 00:00:01,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.70\n".getBytes(StandardCharsets.UTF_8));
    }
    IngestResult r = read(ZoneOffset.UTC, true, f);
    assertEquals(List.of("192.0.2.70"), ips(r));
    assertEquals(Files.size(f), r.bytesRead());
  }

  @Test
  void truncatedGzipKeepsWhatWasRead() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append(String.format("2017-01-01 00:%02d:%02d,%03d fail2ban.actions: WARNING [ssh] Ban 10.%d.%d.1%n",
          i / 60 % 60, i % 60, i % 1000, i / 256, i % 256));
    }
    Path whole = tmp.resolve("whole.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(tmp.resolve("fail2ban.log.2.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    IngestResult r = read(ZoneOffset.UTC, true, cut);
    assertTrue(r.bans().size() > 100 && r.bans().size() < 2000, "kept " + r.bans().size());
    assertEquals(1, problems.count("truncated_gzip"));
  }

  @Test
  void overlongLineIsAProblemNotFatal() throws IOException {
    Path f = write("long.log", "x".repeat(LogLines.MAX_LINE_BYTES + 10) + "\n"
        + "2017-01-01 00:00:01,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.80\n");
    IngestResult r = read(ZoneOffset.UTC, true, f);
    assertEquals(List.of("192.0.2.80"), ips(r));
    assertEquals(1, problems.count("line_too_long"));
    assertEquals(2, r.linesRead());
  }

  @Test
  void sameEventsInTwoFilesCountOnce() {
    IngestResult r = read(ZoneOffset.UTC, true, fixture("restart-burst-0.9.log"), fixture("restart-burst-0.9.log"));
    assertEquals(9, r.bans().size());
    assertEquals(9, r.count(EventKind.BAN));
    assertEquals(18 - 9 + 0, r.duplicateEvents());
    assertEquals(2, r.filesRead());
  }

  @Test
  void filesReadInOrderOfFirstTimestamp() throws IOException {
    Path newer = write("fail2ban.log", "2017-02-01 00:00:00,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.91\n");
    Path older = write("fail2ban.log.1", "2017-01-01 00:00:00,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.90\n");
    IngestResult r = read(ZoneOffset.UTC, true, newer, older);
    assertEquals(List.of("192.0.2.90", "192.0.2.91"), ips(r));
    assertEquals("fail2ban.log.1", r.bans().get(0).at().file().getFileName().toString());
  }

  @Test
  void missingFileIsAUserErrorNamingThePath() {
    Path missing = tmp.resolve("nope/fail2ban.log");
    UserError e = assertThrows(UserError.class, () -> read(ZoneOffset.UTC, false, missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void progressAdvancesByFileBytes() {
    Path f = fixture("restart-burst-0.9.log");
    List<Path> files = List.of(f);
    Progress progress = Progress.silent();
    IngestResult r = new Fail2banLogReader(ZoneOffset.UTC, false, problems).read(files, progress);
    assertEquals(LogInputs.resolve(files).totalBytes(), progress.done());
    assertEquals(LogInputs.resolve(files).totalBytes(), r.bytesRead());
  }
}
