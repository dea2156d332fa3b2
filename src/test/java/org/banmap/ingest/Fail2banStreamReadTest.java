package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.banmap.report.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs read once: {@code -} (an injected stdin here), FIFOs, gzip arriving on a pipe. */
class Fail2banStreamReadTest {
  private static final Path STDIN = Path.of("-");
  private static final String JANUARY = "2017-01-01 00:00:00,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.90\n"
      + "2017-01-01 00:00:05,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.91\n";
  private static final String FEBRUARY = "2017-02-01 00:00:00,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.92\n";

  @TempDir Path tmp;
  private final Problems problems = new Problems();

  private IngestResult read(InputStream stdin, Progress progress, Path... paths) {
    return new Fail2banLogReader(ZoneOffset.UTC, true, problems, stdin).read(List.of(paths), progress);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static List<String> ips(IngestResult r) {
    return r.bans().stream().map(b -> b.ip().getHostAddress()).toList();
  }

  @Test
  void stdinIsRead() {
    IngestResult r = read(bytes(JANUARY), Progress.silent(), STDIN);
    assertEquals(List.of("192.0.2.90", "192.0.2.91"), ips(r));
    assertEquals("-:2", r.bans().get(1).at().toString());
    assertEquals(1, r.filesRead());
    assertEquals(JANUARY.length(), r.bytesRead());
  }

  @Test
  void gzipOnStdinFoundByMagic() throws IOException {
    IngestResult r = read(new ByteArrayInputStream(gzip(JANUARY)), Progress.silent(), STDIN);
    assertEquals(List.of("192.0.2.90", "192.0.2.91"), ips(r));
  }

  @Test
  void stdinOrderedByFirstTimestampAmongFiles() throws IOException {
    Path feb = Files.writeString(tmp.resolve("fail2ban.log"), FEBRUARY + JANUARY.substring(0, JANUARY.indexOf('\n') + 1));
    // stdin holds the older lines, so it is read first and its copy of the repeated event is kept.
    IngestResult r = read(bytes(JANUARY), Progress.silent(), feb, STDIN);
    assertEquals(List.of("192.0.2.90", "192.0.2.91", "192.0.2.92"), ips(r));
    assertEquals("-:1", r.bans().get(0).at().toString());
    assertEquals(1, r.duplicateEvents());
  }

  @Test
  void streamHeadWithoutTimestampStillReadInFull() {
    // More than the first 1,000 lines carry no stamp: the head is looked at, rewound, read whole.
    String noise = "not a fail2ban line\n".repeat(1500);
    IngestResult r = read(bytes(noise + JANUARY), Progress.silent(), STDIN);
    assertEquals(2, r.bans().size());
    assertEquals(1502, r.linesRead());
    assertEquals(1500, problems.count("not_a_fail2ban_line"));
  }

  @Test
  void streamLongerThanTheHeadBufferReadsWhole() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 15_000; i++) {
      sb.append(String.format("2017-01-01 %02d:%02d:%02d,%03d fail2ban.filter [1]: INFO [ssh] Found 10.0.%d.%d%n",
          i / 3600 % 24, i / 60 % 60, i % 60, i % 1000, i / 256 % 256, i % 256));
    }
    sb.append(FEBRUARY);
    IngestResult r = read(bytes(sb.toString()), Progress.silent(), STDIN);
    assertEquals(List.of("192.0.2.92"), ips(r));
    assertEquals(15_001, r.linesRead());
  }

  @Test
  void progressCountsStreamBytesWithUnknownTotal() {
    Progress progress = Progress.silent();
    IngestResult r = read(bytes(JANUARY), progress, STDIN);
    assertEquals(JANUARY.length(), progress.done());
    assertEquals(-1, LogInputs.resolve(List.of(STDIN)).totalBytes());
    assertEquals(JANUARY.length(), r.bytesRead());
  }

  @Test
  void dashGivenTwiceIsRefused() {
    UserError e = assertThrows(UserError.class, () -> read(bytes(JANUARY), Progress.silent(), STDIN, STDIN));
    assertTrue(e.getMessage().contains("only once"), e.getMessage());
    assertTrue(LogInputs.usageProblem(List.of(STDIN, STDIN)).isPresent());
    assertTrue(LogInputs.usageProblem(List.of(STDIN, tmp)).isEmpty());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void fifoIsReadLikeAPipe() throws Exception {
    Path fifo = tmp.resolve("f2b.fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo not available (not a POSIX system): " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    assertTrue(LogSource.isStream(fifo));
    byte[] content = gzip(JANUARY + FEBRUARY);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    IngestResult r = read(InputStream.nullInputStream(), Progress.silent(), fifo);
    writer.get(60, TimeUnit.SECONDS);
    assertEquals(List.of("192.0.2.90", "192.0.2.91", "192.0.2.92"), ips(r));
    assertEquals(content.length, r.bytesRead());
    assertEquals(List.of(), LogInputs.resolve(List.of(fifo)).files(), "a FIFO is not a file an output could overwrite");
  }
}
