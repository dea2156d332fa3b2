package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end through the built jar, as a user runs it: {@code java -jar target/banmap.jar demo},
 * then an independent decoder (ffprobe/ffmpeg) checks the MP4.
 */
@Tag("slow")
class DemoEndToEndIT {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run banmap(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("banmap.jar", "target/banmap.jar"));
    assertTrue(Files.isRegularFile(jar), "the runnable jar " + jar + " is built by mvn package before this test");
    List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("banmap-out", ".txt");
    Path err = Files.createTempFile("banmap-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "banmap finished within 5 minutes");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jcodec", "ffmpeg"})
  void demoRendersABrowserReadyMp4(String encoder) throws Exception {
    Path video = dir.resolve("demo.mp4");
    Run run = banmap("demo", "-o", video.toString(), "--size", "320x180", "--fps", "10", "--duration", "4s", "--quiet",
        "--encoder", encoder);
    assertEquals(0, run.exit(), run.err());
    assertEquals(video.toString(), run.out().strip(), "stdout carries the result path only");
    assertTrue(run.err().contains("banmap demo: done"), run.err());

    Ffprobe.VideoInfo info = Ffprobe.probe(video);
    assertEquals("h264", info.codec());
    assertEquals("yuv420p", info.pixFmt());
    assertEquals(320, info.width());
    assertEquals(180, info.height());
    assertEquals(40, info.frameCount());
    assertEquals(4.0, info.durationSeconds(), 0.01);
    assertEquals("", Ffprobe.decodeAllErrors(video), "ffmpeg decodes without warnings");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(video), files.toList(), "no temporary files left beside the video");
    }
  }

  @Test
  void versionHelpAndUsageErrors() throws Exception {
    Run version = banmap("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("banmap "), version.out());

    Run help = banmap("render", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--geoip"), help.out());

    Run bad = banmap("demo", "--fps", "0", "-o", dir.resolve("x.mp4").toString());
    assertEquals(2, bad.exit(), bad.err());
    assertTrue(bad.err().contains("--fps"), bad.err());
    assertFalse(Files.exists(dir.resolve("x.mp4")));

    Run odd = banmap("demo", "--size", "321x180", "-o", dir.resolve("y.mp4").toString());
    assertEquals(2, odd.exit(), odd.err());
    assertTrue(odd.err().contains("even"), odd.err());
  }

  @Test
  void missingGeoIpDatabaseSaysWhereToGetOne() throws Exception {
    Path log = dir.resolve("fail2ban.log");
    Files.writeString(log, "2026-10-03 14:02:11,482 fail2ban.actions        [812]: NOTICE  [sshd] Ban 81.2.69.160\n");
    Run run = banmap("render", "--geoip", dir.resolve("nope.mmdb").toString(), "-o", dir.resolve("v.mp4").toString(), log.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("nope.mmdb"), run.err());
    assertTrue(run.err().contains("GeoLite2"), run.err());
    assertFalse(Files.exists(dir.resolve("v.mp4")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jcodec", "ffmpeg"})
  void decodedFrameIsTheRenderedFrame(String encoder) throws Exception {
    // The same video twice: once encoded by the jar, once rendered in-process frame by frame.
    Path video = dir.resolve("demo.mp4");
    Run run = banmap("demo", "-o", video.toString(), "--size", "320x180", "--fps", "10", "--duration", "3s", "--quiet",
        "--encoder", encoder);
    assertEquals(0, run.exit(), run.err());
    BufferedImage rendered = DemoFrames.render(22, "--size", "320x180", "--fps", "10", "--duration", "3s");
    BufferedImage decoded = Ffprobe.decodeFrame(video, 22).image();
    double psnr = Ffprobe.psnr(rendered, decoded);
    assertTrue(psnr > 30, "PSNR " + psnr + " dB");
  }
}
