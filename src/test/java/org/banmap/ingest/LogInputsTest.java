package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folder arguments: fail2ban logs picked by name at any depth, others left alone, empty refused. */
class LogInputsTest {
  @TempDir Path tmp;

  private Path write(String relative, String text) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static String ban(String day, String ip) {
    return "2017-01-" + day + " 00:00:00,000 fail2ban.actions: WARNING [ssh] Ban " + ip + "\n";
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "fail2ban.log, true",
    "fail2ban.log.1, true",
    "fail2ban.log.2.gz, true",
    "fail2ban.log-20240101, true",
    "fail2ban.log-20240101.gz, true",
    "fail2ban.sqlite3, false",
    "fail2ban.sqlite3.20240101-101010, false",
    "fail2ban.log.3.xz, false",
    "fail2ban.log.4.bz2, false",
    "syslog, false",
    "auth.log, false",
  })
  void namesPickedFromAFolder(String name, boolean picked) {
    assertEquals(picked, LogInputs.isFail2banLogName(name));
  }

  @Test
  void folderReadRecursivelyByName() throws IOException {
    write("fail2ban.log", ban("03", "192.0.2.3"));
    write("fail2ban.log.1", ban("02", "192.0.2.2"));
    Path gz = tmp.resolve("old/fail2ban.log.2.gz");
    Files.createDirectories(gz.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(ban("01", "192.0.2.1").getBytes(StandardCharsets.UTF_8));
    }
    write("syslog", ban("04", "192.0.2.4"));
    write("auth.log", "Jan  1 00:00:00 host sshd[1]: Failed password for root from 192.0.2.9\n");
    Files.write(tmp.resolve("fail2ban.sqlite3"), new byte[] {'S', 'Q', 'L', 'i', 't', 'e', 0, 1, 2});

    LogInputs inputs = LogInputs.resolve(List.of(tmp));
    assertEquals(3, inputs.sources().size());
    LogInputs.FolderPick pick = inputs.folders().get(0);
    assertEquals(List.of(tmp.resolve("fail2ban.log"), tmp.resolve("fail2ban.log.1"), gz), pick.files());
    assertEquals(List.of(tmp.resolve("fail2ban.sqlite3")), pick.skipped());
    String described = pick.describe();
    assertTrue(described.startsWith("3 files from " + tmp + ": fail2ban.log, fail2ban.log.1, old/fail2ban.log.2.gz"),
        described);
    assertTrue(described.contains("skipped 1") && described.contains("fail2ban.sqlite3"), described);

    Problems problems = new Problems();
    IngestResult r = new Fail2banLogReader(ZoneOffset.UTC, true, problems).read(inputs, Progress.silent());
    assertEquals(List.of("192.0.2.1", "192.0.2.2", "192.0.2.3"),
        r.bans().stream().map(b -> b.ip().getHostAddress()).toList());
    assertEquals(3, r.filesRead());
    assertTrue(problems.isEmpty(), problems.counts().toString());
  }

  @Test
  void folderWithoutAFail2banLogIsRefusedInOneLine() throws IOException {
    write("syslog", ban("04", "192.0.2.4"));
    write("nested/messages", "x\n");
    UserError e = assertThrows(UserError.class, () -> LogInputs.resolve(List.of(tmp)));
    assertTrue(e.getMessage().startsWith("Folder " + tmp + " holds no fail2ban log"), e.getMessage());
    assertTrue(e.getMessage().contains("journalctl -u fail2ban | banmap stats -"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void emptyFolderIsRefused() {
    assertThrows(UserError.class, () -> LogInputs.resolve(List.of(tmp)));
  }

  @Test
  void filesAreWhatNoOutputMayOverwrite() throws IOException {
    Path given = write("elsewhere.log", ban("01", "192.0.2.1"));
    Path inFolder = write("logs/fail2ban.log", ban("02", "192.0.2.2"));
    LogInputs inputs = LogInputs.resolve(List.of(given, tmp.resolve("logs"), Path.of("-")));
    assertEquals(List.of(given, inFolder), inputs.files());
    assertEquals(-1, inputs.totalBytes(), "a stream has no known size");
    assertEquals(Files.size(given) + Files.size(inFolder),
        LogInputs.resolve(List.of(given, tmp.resolve("logs"))).totalBytes());
  }

  @Test
  void missingPathNamesIt() {
    Path missing = tmp.resolve("nope.log");
    UserError e = assertThrows(UserError.class, () -> LogInputs.resolve(List.of(missing)));
    assertTrue(e.getMessage().contains(missing + " (no such file)"), e.getMessage());
  }

  @Test
  void streamsAreRecognised() {
    assertTrue(LogSource.isStdin(Path.of("-")));
    assertTrue(LogSource.isStream(Path.of("-")));
    assertFalse(LogSource.isStream(tmp));
    assertFalse(LogSource.isStream(tmp.resolve("nope")));
  }
}
