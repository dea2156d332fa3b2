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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.banmap.testing.ChildJvm;
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
    Path jar = ChildJvm.jarPath();
    assertTrue(Files.isRegularFile(jar), "the runnable jar " + jar + " is built by mvn package before this test");
    List<String> cmd = ChildJvm.jar(args);
    Path out = Files.createTempFile("banmap-out", ".txt");
    Path err = Files.createTempFile("banmap-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "banmap finished within 5 minutes");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The demo video as the jar renders it, once per encoder for the whole class: both checks below read it. */
  private static final Map<String, Rendered> DEMO = new HashMap<>();
  private static final String[] DEMO_ARGS = {"--size", "320x180", "--fps", "10", "--duration", "4s"};
  private static BufferedImage frame22;

  @TempDir static Path shared;

  record Rendered(Path video, Run run) {}

  private static synchronized Rendered demo(String encoder) throws Exception {
    Rendered rendered = DEMO.get(encoder);
    if (rendered == null) {
      // A folder of its own, so the test can see that nothing but the video is left in it.
      Path video = Files.createDirectory(shared.resolve(encoder)).resolve("demo.mp4");
      List<String> args = new ArrayList<>(List.of("demo", "-o", video.toString(), "--quiet", "--encoder", encoder));
      args.addAll(List.of(DEMO_ARGS));
      rendered = new Rendered(video, banmap(args.toArray(String[]::new)));
      DEMO.put(encoder, rendered);
    }
    return rendered;
  }

  @ParameterizedTest
  @ValueSource(strings = {"jcodec", "ffmpeg"})
  void demoRendersABrowserReadyMp4(String encoder) throws Exception {
    Rendered demo = demo(encoder);
    Path video = demo.video();
    Run run = demo.run();
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
    try (var files = Files.list(video.getParent())) {
      assertEquals(List.of(video), files.toList(), "no temporary files left beside the video");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jcodec", "ffmpeg"})
  void decodedFrameIsTheRenderedFrame(String encoder) throws Exception {
    // The same video twice: once encoded by the jar, once rendered in-process frame by frame.
    Rendered demo = demo(encoder);
    assertEquals(0, demo.run().exit(), demo.run().err());
    BufferedImage decoded = Ffprobe.decodeFrame(demo.video(), 22).image();
    double psnr = Ffprobe.psnr(renderedFrame22(), decoded);
    assertTrue(psnr > 30, "PSNR " + psnr + " dB");
  }

  private static synchronized BufferedImage renderedFrame22() throws Exception {
    if (frame22 == null) {
      frame22 = DemoFrames.render(22, DEMO_ARGS);
    }
    return frame22;
  }

  /** Through the jar's main: the version, and a usage error's exit code 2 (the rest is in-process, BanMapCommandTest). */
  @Test
  void versionAndUsageErrorExitCode() throws Exception {
    Run version = banmap("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("banmap "), version.out());

    Run bad = banmap("demo", "--fps", "0", "-o", dir.resolve("x.mp4").toString());
    assertEquals(2, bad.exit(), bad.err());
    assertTrue(bad.err().contains("--fps"), bad.err());
    assertFalse(Files.exists(dir.resolve("x.mp4")));
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
}
