package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.banmap.report.UserError;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sink {@link Sinks#open} picks, and what it says when ffmpeg is missing or broken. */
class SinksTest {
  private static final EncoderSettings AUTO = EncoderSettings.defaults();
  private static final String NO_PATH = "";

  @TempDir Path dir;
  private final List<String> notices = new ArrayList<>();

  @Test
  void autoWithoutFfmpegFallsBackToJcodecAndSaysSo() throws IOException {
    Path mp4 = dir.resolve("out.mp4");
    try (FrameSink sink = open(mp4, AUTO, NO_PATH)) {
      assertInstanceOf(Mp4Sink.class, sink);
      sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    }
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).contains("jcodec") && notices.get(0).contains("no ffmpeg found on PATH"),
        notices.get(0));
    assertEquals("h264", Ffprobe.probe(mp4).codec());
  }

  @Test
  void autoWithAnFfmpegLackingLibx264FallsBackAndNamesIt() throws IOException {
    Path fake = fakeFfmpeg("echo 'Encoders:'; echo ' V..... mpeg4 MPEG-4 part 2'");
    try (FrameSink sink = open(dir.resolve("out.mp4"), AUTO, fake.getParent().toString())) {
      assertInstanceOf(Mp4Sink.class, sink);
      sink.abort();
    }
    assertTrue(notices.get(0).contains(fake + " has no libx264 encoder"), notices.get(0));
  }

  @Test
  void autoWithFfmpegUsesItAndSaysSo() throws IOException {
    Ffprobe.assumeAvailable();
    try (FrameSink sink = open(dir.resolve("out.mp4"), AUTO, System.getenv("PATH"))) {
      assertInstanceOf(FfmpegSink.class, sink);
      assertTrue(sink.description().contains("libx264, CRF 20, preset veryfast"), sink.description());
      sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    }
    assertTrue(notices.get(0).startsWith("encoder: ffmpeg /") && notices.get(0).contains("libx264"),
        notices.toString());
  }

  @Test
  void explicitChoicesSayNothing() throws IOException {
    try (FrameSink sink = open(dir.resolve("out.mp4"), AUTO.withEncoder(EncoderChoice.JCODEC), NO_PATH)) {
      assertEquals("H.264 MP4 (jcodec, QP 20, " + AUTO.jcodecThreads()
          + (AUTO.jcodecThreads() == 1 ? " thread)" : " threads)"), sink.description());
      sink.abort();
    }
    assertEquals(List.of(), notices);
  }

  @Test
  void ffmpegRequestedButMissingIsAUserError() throws IOException {
    UserError e = assertThrows(UserError.class,
        () -> open(dir.resolve("out.mp4"), AUTO.withEncoder(EncoderChoice.FFMPEG), NO_PATH));
    assertTrue(e.getMessage().contains("--encoder ffmpeg: no ffmpeg found on PATH")
        && e.getMessage().contains("--encoder jcodec"), e.getMessage());
    assertEquals(List.of(), listDir());
  }

  @Test
  void webmNeedsFfmpeg() throws IOException {
    UserError jcodec = assertThrows(UserError.class,
        () -> open(dir.resolve("out.webm"), AUTO.withEncoder(EncoderChoice.JCODEC), System.getenv("PATH")));
    assertTrue(jcodec.getMessage().contains("WebM (VP9) needs ffmpeg"), jcodec.getMessage());
    UserError missing = assertThrows(UserError.class, () -> open(dir.resolve("out.webm"), AUTO, NO_PATH));
    assertTrue(missing.getMessage().contains("no ffmpeg found on PATH")
        && missing.getMessage().contains(".mp4"), missing.getMessage());
    assertEquals(List.of(), listDir());
  }

  @Test
  void formatComesFromTheExtension() {
    assertEquals(OutputFormat.MP4, OutputFormat.of(Path.of("a/Bans.MP4")));
    assertEquals(OutputFormat.WEBM, OutputFormat.of(Path.of("bans.webm")));
    assertEquals(OutputFormat.GIF, OutputFormat.of(Path.of("bans.gif")));
    assertEquals(OutputFormat.PNG_FOLDER, OutputFormat.of(Path.of("frames")));
    assertEquals(OutputFormat.PNG_FOLDER, OutputFormat.of(dir));
    UserError e = assertThrows(UserError.class, () -> OutputFormat.of(Path.of("bans.avi")));
    assertTrue(e.getMessage().contains("bans.avi") && e.getMessage().contains(".mp4, .webm or .gif"),
        e.getMessage());
  }

  @Test
  void gifAndPngFramesNeedNoEncoder() throws Exception {
    FrameSink gif = open(dir.resolve("out.gif"), AUTO, NO_PATH);
    assertTrue(gif instanceof GifSink, gif.getClass().getName());
    gif.abort();
    FrameSink frames = open(dir.resolve("frames"), AUTO, NO_PATH);
    assertTrue(frames instanceof PngFolderSink, frames.getClass().getName());
    frames.abort();
    try (var left = java.nio.file.Files.list(dir)) {
      assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().equals("ffmpeg")).toList(),
          "aborted sinks leave nothing behind");
    }
  }

  @Test
  void qualityMapsToEachEncodersScale() {
    assertEquals(List.of(20, 20, 25), scales(Quality.DEFAULT));
    assertEquals(List.of(0, 0, 0), scales(new Quality(100)));
    assertEquals(List.of(51, 51, 63), scales(new Quality(0)));
    assertEquals(List.of(26, 26, 32), scales(new Quality(50)));
    assertThrows(IllegalArgumentException.class, () -> new Quality(101));
    IllegalArgumentException preset = assertThrows(IllegalArgumentException.class,
        () -> new EncoderSettings(EncoderChoice.AUTO, Quality.DEFAULT, "quick", 1));
    assertTrue(preset.getMessage().contains("veryfast"), preset.getMessage());
  }

  @Test
  void ffmpegFailureShowsItsMessageAndLeavesNothing() throws IOException {
    Path fake = fakeFfmpeg("echo 'out.mp4: No space left on device' >&2; exit 1");
    Path mp4 = dir.resolve("out.mp4");
    FfmpegSink sink = FfmpegSink.open(fake, mp4, OutputFormat.MP4, 64, 48, 25, Quality.DEFAULT, "veryfast");
    IOException e = assertThrows(IOException.class, () -> {
      // The pipe takes a few frames before the dead reader shows; close() notices at the latest.
      for (int i = 0; i < 50; i++) {
        sink.accept(TestFrames.map(64, 48, 10, i, 1));
      }
      sink.close();
    });
    assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("exit code 1")
        && e.getMessage().contains(mp4.toString()) && e.getMessage().contains("--encoder jcodec"), e.getMessage());
    sink.abort();
    assertEquals(List.of(fake.getParent()), listDir());
  }

  private FrameSink open(Path output, EncoderSettings settings, String searchPath) throws IOException {
    return Sinks.open(output, settings, 64, 48, 25, notices::add, searchPath);
  }

  private static List<Integer> scales(Quality q) {
    return List.of(q.jcodecQp(), q.x264Crf(), q.vp9Crf());
  }

  /** An executable named ffmpeg in its own folder that runs {@code script}. */
  private Path fakeFfmpeg(String script) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path ffmpeg = bin.resolve("ffmpeg");
    Files.writeString(ffmpeg, "#!/bin/sh\n" + script + "\n");
    Files.setPosixFilePermissions(ffmpeg, PosixFilePermissions.fromString("rwxr-xr-x"));
    return ffmpeg;
  }

  private List<Path> listDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
