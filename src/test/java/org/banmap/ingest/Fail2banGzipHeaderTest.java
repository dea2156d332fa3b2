package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code .gz} whose header is cut short is a warning naming the file, like one cut later, and
 * the other files of the run are still read. Fixtures are written here, named by their fault.
 */
class Fail2banGzipHeaderTest {
  private static final String GOOD = "2017-01-01 00:00:01,000 fail2ban.actions: WARNING [ssh] Ban 192.0.2.70\n";
  /** Flags FEXTRA (4) and FNAME (8); XLEN 6; extra bytes; name "fail2ban.log" NUL. */
  private static final byte[] HEADER_WITH_EXTRA_AND_NAME = concat(
      new byte[] {0x1F, (byte) 0x8B, 8, 4 | 8, 0, 0, 0, 0, 0, 3, 6, 0, 'A', 'B', 2, 0, 'x', 'y'},
      "fail2ban.log\0".getBytes(StandardCharsets.US_ASCII));

  @TempDir Path tmp;
  private final Problems problems = new Problems();

  private IngestResult read(Path... files) {
    return new Fail2banLogReader(ZoneOffset.UTC, true, problems).read(List.of(files), Progress.silent());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private void assertWarnedAndOthersRead(Path cut) throws IOException {
    Path good = Files.writeString(tmp.resolve("fail2ban.log"), GOOD);
    IngestResult r = read(good, cut);
    assertEquals(List.of("192.0.2.70"), r.bans().stream().map(b -> b.ip().getHostAddress()).toList());
    assertEquals(2, r.filesRead());
    assertEquals(1, problems.count("truncated_gzip"), problems.counts().toString());
    String example = problems.examples("truncated_gzip").get(0);
    assertTrue(example.startsWith(cut + ":1: "), example);
  }

  @ParameterizedTest(name = "first {0} bytes")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
  void headerCutWithinTheFixedTenBytes(int length) throws IOException {
    byte[] whole = gzip(GOOD);
    Path cut = Files.write(tmp.resolve("header-cut-at-" + length + ".log.2.gz"), Arrays.copyOf(whole, length));
    assertWarnedAndOthersRead(cut);
  }

  @ParameterizedTest(name = "first {0} bytes")
  @ValueSource(ints = {11, 13, 16, 20, 30})
  void headerCutInsideExtraFieldOrName(int length) throws IOException {
    Path cut = Files.write(tmp.resolve("header-cut-in-extra-or-name-" + length + ".gz"),
        Arrays.copyOf(HEADER_WITH_EXTRA_AND_NAME, length));
    assertWarnedAndOthersRead(cut);
  }

  @Test
  void wholeHeaderWithExtraAndNameThenCutData() throws IOException {
    Path cut = Files.write(tmp.resolve("header-whole-data-missing.gz"), HEADER_WITH_EXTRA_AND_NAME);
    assertWarnedAndOthersRead(cut);
  }

  @Test
  void unknownCompressionMethodIsCorruptNotFatal() throws IOException {
    byte[] bad = gzip(GOOD);
    bad[2] = 7;
    Path cut = Files.write(tmp.resolve("header-unknown-method.gz"), bad);
    assertWarnedAndOthersRead(cut);
  }
}
