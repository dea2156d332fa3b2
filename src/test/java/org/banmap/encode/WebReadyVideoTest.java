package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a browser needs from every encoder: H.264 yuv420p, exact timing, the index before the samples. */
class WebReadyVideoTest {
  @TempDir Path dir;

  /** How each encoder is opened in these tests. */
  enum Encoder {
    JCODEC_SINGLE, JCODEC_GOP_PARALLEL, FFMPEG;

    FrameSink open(Path target, int width, int height, int fps) throws IOException {
      return switch (this) {
        case JCODEC_SINGLE -> Mp4Sink.open(target, width, height, fps, Quality.DEFAULT.jcodecQp(), 1);
        case JCODEC_GOP_PARALLEL -> Mp4Sink.open(target, width, height, fps, Quality.DEFAULT.jcodecQp(), 3);
        case FFMPEG -> FfmpegSink.open(ffmpeg(), target, OutputFormat.MP4, width, height, fps, Quality.DEFAULT,
            EncoderSettings.DEFAULT_PRESET);
      };
    }
  }

  static FfmpegTool ffmpeg() {
    Ffprobe.assumeAvailable();
    return FfmpegTool.onPath().orElseThrow();
  }

  // Sizes that are not multiples of 16 make the encoders crop; 47 frames at 10 fps are 3 GOPs.
  @ParameterizedTest(name = "{0} {1}x{2} at {3} fps, {4} frames")
  @CsvSource({
    "JCODEC_SINGLE, 64, 48, 25, 1", "JCODEC_SINGLE, 64, 48, 30, 30", "JCODEC_SINGLE, 100, 50, 24, 7",
    "FFMPEG, 64, 48, 25, 1",
    "JCODEC_SINGLE, 98, 50, 10, 47", "JCODEC_SINGLE, 320, 180, 25, 61", "JCODEC_SINGLE, 640, 360, 30, 65",
    "JCODEC_GOP_PARALLEL, 98, 50, 10, 47", "JCODEC_GOP_PARALLEL, 320, 180, 25, 61",
    "JCODEC_GOP_PARALLEL, 640, 360, 30, 65",
    "FFMPEG, 98, 50, 10, 47", "FFMPEG, 320, 180, 25, 61", "FFMPEG, 640, 360, 30, 65",
  })
  void mp4IsWebReady(Encoder encoder, int width, int height, int fps, int frameCount) throws IOException {
    Path mp4 = dir.resolve("out.mp4");
    List<BufferedImage> frames = new ArrayList<>();
    try (FrameSink sink = encoder.open(mp4, width, height, fps)) {
      for (int i = 0; i < frameCount; i++) {
        BufferedImage frame = TestFrames.map(width, height, width / 2, i, 5);
        frames.add(frame);
        sink.accept(frame);
      }
    }

    Ffprobe.VideoInfo info = Ffprobe.probe(mp4);
    assertEquals("h264", info.codec());
    assertEquals("yuv420p", info.pixFmt());
    assertEquals(width, info.width());
    assertEquals(height, info.height());
    assertEquals(frameCount, info.frameCount(), "decoded frames");
    double expected = (double) frameCount / fps;
    assertEquals(expected, info.durationSeconds(), 0.001, "stream duration");
    assertEquals(expected, info.formatDurationSeconds(), 0.001, "container duration");
    assertEquals(fps + "/1", info.avgFrameRate());
    assertEquals(fps + "/1", info.rFrameRate());
    assertEquals("tv", info.colorRange());
    assertEquals("smpte170m", info.colorSpace());
    assertEquals("bt709", info.colorPrimaries());
    assertEquals("iec61966-2-1", info.colorTransfer());
    assertEquals("", info.stderr());
    int last = frameCount - 1;
    int[] checked = frameCount == 1 ? new int[] {0} : frameCount == 2 ? new int[] {0, 1} : new int[] {0, last / 2, last};
    Ffprobe.DecodedFrames decoded = Ffprobe.decodeFrames(mp4, width, height, checked);
    assertEquals("", decoded.stderr(), "ffmpeg -v error must print nothing");

    List<String> boxes = topLevelBoxes(mp4);
    assertTrue(boxes.contains("moov") && boxes.contains("mdat"), boxes.toString());
    assertTrue(boxes.indexOf("moov") < boxes.indexOf("mdat"), "faststart: moov must precede mdat, got " + boxes);
    assertEquals(List.of(mp4), listDir(), "only the video is left, no temp files");

    for (int k = 0; k < checked.length; k++) {
      double psnr = Ffprobe.psnr(frames.get(checked[k]), decoded.images().get(k));
      assertTrue(psnr > 30, encoder + " frame " + checked[k] + " PSNR " + psnr + " dB");
    }
  }

  @Test
  void webmIsVp9WithExactTiming() throws IOException {
    Path webm = dir.resolve("out.webm");
    try (FrameSink sink = FfmpegSink.open(ffmpeg(), webm, OutputFormat.WEBM, 320, 180, 25, Quality.DEFAULT,
        EncoderSettings.DEFAULT_PRESET)) {
      for (int i = 0; i < 30; i++) {
        sink.accept(TestFrames.map(320, 180, 100, i, 5));
      }
    }
    Ffprobe.VideoInfo info = Ffprobe.probe(webm);
    assertEquals("vp9", info.codec());
    assertEquals("yuv420p", info.pixFmt());
    assertEquals(320, info.width());
    assertEquals(180, info.height());
    assertEquals(30, info.frameCount());
    assertEquals(1.2, info.formatDurationSeconds(), 0.001, "container duration");
    assertEquals("", Ffprobe.decodeAllErrors(webm));
    assertEquals(List.of(webm), listDir());
  }

  @Test
  void faststartMovesTheIndexOfALongerVideoAndKeepsItPlayable() throws IOException {
    // Several chunks per track and a multi-megabyte mdat: the shift copies in more than one piece.
    Path mp4 = dir.resolve("long.mp4");
    try (FrameSink sink = Mp4Sink.open(mp4, 320, 180, 30, 0, 2)) {
      for (int i = 0; i < 150; i++) {
        sink.accept(i % 2 == 0 ? TestFrames.noise(320, 180, i) : TestFrames.map(320, 180, 200, i, 2));
      }
    }
    assertTrue(Files.size(mp4) > 4 << 20, "want an mdat bigger than the copy buffer, got " + Files.size(mp4));
    List<String> boxes = topLevelBoxes(mp4);
    assertTrue(boxes.indexOf("moov") < boxes.indexOf("mdat"), boxes.toString());
    assertEquals(150, Ffprobe.probe(mp4).frameCount());
    assertEquals("", Ffprobe.decodeAllErrors(mp4));
  }

  @Test
  void faststartLeavesAFileThatAlreadyHasItsIndexFirst() throws IOException {
    Path mp4 = dir.resolve("once.mp4");
    try (FrameSink sink = Mp4Sink.open(mp4, 64, 48, 25)) {
      sink.accept(TestFrames.map(64, 48, 10, 0, 1));
    }
    byte[] before = Files.readAllBytes(mp4);
    try (FileChannel channel = FileChannel.open(mp4, java.nio.file.StandardOpenOption.READ,
        java.nio.file.StandardOpenOption.WRITE)) {
      assertEquals(false, Mp4Faststart.apply(channel));
    }
    assertEquals(-1, java.util.Arrays.mismatch(before, Files.readAllBytes(mp4)));
  }

  /** The types of the top-level MP4 boxes in file order, read here rather than trusting ffprobe. */
  static List<String> topLevelBoxes(Path mp4) throws IOException {
    List<String> types = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(mp4)) {
      long at = 0;
      ByteBuffer header = ByteBuffer.allocate(16);
      while (at < channel.size()) {
        header.clear();
        channel.read(header, at);
        header.flip();
        long size = Integer.toUnsignedLong(header.getInt());
        byte[] type = new byte[4];
        header.get(type);
        if (size == 1) {
          size = header.getLong();
        } else if (size == 0) {
          size = channel.size() - at;
        }
        assertTrue(size >= 8, "box at " + at + " has size " + size);
        types.add(new String(type, StandardCharsets.ISO_8859_1));
        at += size;
      }
      assertEquals(channel.size(), at, "boxes must tile the file exactly");
    }
    return types;
  }

  private List<Path> listDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
