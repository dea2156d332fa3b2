package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.banmap.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real logs in the shared corpus, read in place; counts from corpus/README.md. */
class Fail2banCorpusTest {
  private final Problems problems = new Problems();

  private IngestResult read(boolean keepRestarts, Path... files) {
    return new Fail2banLogReader(ZoneOffset.UTC, keepRestarts, problems).read(List.of(files), Progress.silent());
  }

  /** README's Ban / RB columns, regex counts of {@code \] Ban \S} and {@code \] Restore Ban \S}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "BrandonSYu-portfolio-0.9.3.log, 0, 0",
    "Kian-14-Abschlussprojekt.log, 1, 0",
    "LSQUARE14-DACS4-docker-1.1.0.log, 2, 0",
    "Matei-Ciobotaru-Fail2Ban-Telegram-Alerts.log, 2, 0",
    "VeselijDrozd-securence.log, 0, 0",
    "VeselijDrozd-securence-2.log, 1, 0",
    "a-lang-f2b-dashboard-rot1.log, 172, 42",
    "a-lang-f2b-dashboard-rot2.log, 867, 36",
    "a-lang-f2b-dashboard-rot3.log, 970, 55",
    "ajaykumar011-log-samples.log, 64, 0",
    "averkoc-tools.log, 40, 0",
    "binbashing-hardnr.log, 0, 0",
    "cs102-logs.log, 4, 0",
    "cs102-logs.1.log, 0, 0",
    "cshimi-efflow_odoo15.log, 106, 0",
    "cshimi-efflow_odoo15-rot1.log, 1943, 0",
    "cshimi-efflow_odoo15-rot2.log, 2031, 0",
    "cshimi-efflow_odoo15-rot3.log, 1650, 0",
    "cshimi-efflow_odoo15-rot4.log, 1384, 0",
    "dairelad-Honeypot_data.log, 2, 0",
    "fail2ban-upstream-logwatch-0.8.log, 1, 0",
    "fail2ban-upstream-logwatch-0.9.0.log, 1, 0",
    "garybake-fail2ban-dashboardJS-0.8.6.log, 18, 0",
    "guilbod-fail2ban-log.log, 8, 0",
    "jabedude-Fail2Ban-Plot-2017-01.log, 1714, 0",
    "jabedude-Fail2Ban-Plot-2017-01-rot1.log, 1089, 0",
    "jabedude-Fail2Ban-Plot-2017-01-rot2.log, 1246, 0",
    "jabedude-Fail2Ban-Plot-2017-01-rot3.log, 1065, 0",
    "jabedude-Fail2Ban-Plot-2017-01-rot4.log, 732, 0",
    "jabedude-Fail2Ban-Plot-2017-02.log, 1151, 0",
    "jabedude-Fail2Ban-Plot-2017-01-all-concatenated.log, 5846, 0",
    "jmgsurfer-Server.log, 15, 0",
    "nickyfoster-f2b_parser.log, 79, 0",
    "nsatge1-linux-server-security-1.0.2.log, 1, 0",
    "excerpts/blogpost-linux-hardening-101-restore-ban-2023.log, 8, 3",
    "excerpts/forum-2010-fail2ban-not-banning-0.8-already-banned.log, 1, 0",
    "excerpts/gh1111-0.9-padding.log, 1, 0",
    "excerpts/gh1876-journal-stdout-0.10-double-timestamp.log, 0, 1",
    "excerpts/gh1911-debug-transmitter-0.10.log, 0, 0",
    "excerpts/gh1998-observer-0.11dev.log, 0, 0",
    "excerpts/gh2069-journal-debian-0.10.2-daemon-name.log, 1, 0",
    "excerpts/gh2227-journal-ubuntu1604-0.9.3.log, 0, 0",
    "excerpts/gh2715-increase-ban-0.11.1-fedora32.log, 1, 0",
    "excerpts/gh2831-observer-0.11.log, 1, 0",
    "excerpts/gh2888-truncated-logger-name-0.11.log, 0, 0",
    "excerpts/gh3387-ipv6-already-banned.log, 0, 0",
    "excerpts/gh3464-syslog-debian10-0.10.2-vs-centos7.log, 0, 0",
    "excerpts/gh39-ipv4-mapped-ipv6-0.8.4svn.log, 1, 0",
    "excerpts/tecmint-syslogd-wall-broadcast-0.8.log, 1, 0",
  })
  void banAndRestoreCountsMatchTheReadme(String name, long ban, long restoreBan) {
    Path f = Corpus.dir("fail2ban").resolve(name);
    IngestResult r = read(true, f);
    assertEquals(ban, r.bans().size(), name + " bans");
    assertEquals(ban, r.count(EventKind.BAN), name + " BAN events");
    assertEquals(restoreBan, r.count(EventKind.RESTORE_BAN), name + " Restore Ban events");
    assertEquals(0, problems.count("ban_id_not_an_ip"), name);
  }

  /**
   * The README counts 8 Ban lines, but fail2ban's constructed fixture repeats one event three
   * times (same ms, jail and IP, only the layout differs: counted once) and ends with a journal
   * line that has no date at all (counted as a problem).
   */
  @Test
  void recidiveFixtureDiffersFromTheRegexCountForGoodReasons() {
    IngestResult r = read(true, Corpus.file("fail2ban/fail2ban-upstream-tests-recidive-fixture.log"));
    assertEquals(5, r.bans().size());
    assertEquals(2, r.duplicateEvents());
    assertEquals(1, problems.count("event_without_time"));
    assertTrue(problems.examples("event_without_time").get(0).contains("192.0.2.3"));
  }

  @Test
  void everyFileParsesWithoutExceptions() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Corpus.dir("fail2ban"))) {
      files = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".sqlite3")).sorted().toList();
    }
    assertTrue(files.size() > 60, "corpus files: " + files.size());
    for (Path f : files) {
      IngestResult r = read(false, f);
      assertTrue(r.linesRead() > 0, f.toString());
    }
    assertFalse(problems.counts().containsKey("line_too_long"));
    assertFalse(problems.counts().containsKey("truncated_gzip"));
  }

  @Test
  void rotationSetReadsLikeTheSeparateFiles() {
    Path dir = Corpus.dir("fail2ban");
    IngestResult set = read(true, dir.resolve("jabedude-Fail2Ban-Plot-rotation-set"));
    IngestResult separate = read(true, Stream.of("", "-rot1", "-rot2", "-rot3", "-rot4")
        .map(s -> dir.resolve("jabedude-Fail2Ban-Plot-2017-01" + s + ".log")).toArray(Path[]::new));
    assertEquals(5846, set.bans().size());
    assertEquals(times(separate), times(set));
    assertEquals(5, set.filesRead());
    assertEquals("fail2ban.log.4.gz", set.bans().get(0).at().file().getFileName().toString(),
        "oldest file first, found by first timestamp");
  }

  @Test
  void rotationSetWithTheConcatenationCountsEachEventOnce() {
    Path dir = Corpus.dir("fail2ban");
    IngestResult both = read(true, dir.resolve("jabedude-Fail2Ban-Plot-rotation-set"),
        dir.resolve("jabedude-Fail2Ban-Plot-2017-01-all-concatenated.log"));
    assertEquals(5846, both.bans().size());
    assertEquals(5846, both.count(EventKind.BAN));
    assertEquals(5846 + 5845, both.duplicateEvents());
  }

  @Test
  void cs102RestartReBanExcludedByDefault() {
    Path f = Corpus.file("fail2ban/cs102-logs.log");
    IngestResult r = read(false, f);
    assertEquals(1, r.restartBansExcluded());
    assertEquals(List.of(Instant.parse("2014-10-14T12:58:56.964Z"), Instant.parse("2014-10-14T13:15:22.847Z"),
        Instant.parse("2014-10-14T13:22:09.326Z")), times(r));
    assertEquals(4, read(true, f).bans().size());
  }

  /**
   * Restart exclusion drops only the re-ban right after a restart in the 0.8.6 logs; the 0.9/0.10
   * logs here log Found before every genuine ban, so none of theirs is touched.
   */
  @Test
  void restartExclusionLeavesGenuineBansAlone() {
    Path dir = Corpus.dir("fail2ban");
    assertEquals(1, read(false, dir.resolve("garybake-fail2ban-dashboardJS-0.8.6.log")).restartBansExcluded());
    for (String name : List.of("guilbod-fail2ban-log.log", "a-lang-f2b-dashboard-rot1.log",
        "a-lang-f2b-dashboard-rot2.log", "a-lang-f2b-dashboard-rot3.log", "cshimi-efflow_odoo15-rot1.log",
        "jabedude-Fail2Ban-Plot-2017-01-all-concatenated.log", "LSQUARE14-DACS4-docker-1.1.0.log")) {
      assertEquals(0, read(false, dir.resolve(name)).restartBansExcluded(), name);
    }
  }

  private static List<Instant> times(IngestResult r) {
    List<Instant> out = new ArrayList<>();
    r.bans().forEach(b -> out.add(b.time()));
    return out;
  }
}
