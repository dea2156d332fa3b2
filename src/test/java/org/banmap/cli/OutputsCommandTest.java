package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} with -o frames/, -o x.gif, --poster and --html, in-process. */
class OutputsCommandTest {
  private static final String[] SMALL = {"--size", "160x90", "--fps", "10", "--duration", "2s", "--quiet"};

  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private static Run demo(String... args) {
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("demo"), Stream.concat(Stream.of(args), Stream.of(SMALL))).toArray(String[]::new);
    int exit = BanMapCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(all);
    return new Run(exit, err.toString());
  }

  @Test
  void folderWithTrailingSlashGetsTheRenderersFrames() throws Exception {
    Path frames = dir.resolve("frames");
    Run run = demo("-o", frames + "/");
    assertEquals(0, run.exit(), run.err());
    try (Stream<Path> files = Files.list(frames)) {
      assertEquals(20, files.count());
    }
    for (int i : new int[] {0, 13, 19}) {
      BufferedImage png = ImageIO.read(frames.resolve(String.format("frame-%05d.png", i)).toFile());
      BufferedImage rendered = DemoFrames.render(i, SMALL);
      assertArrayEquals(rendered.getRGB(0, 0, 160, 90, null, 0, 160), png.getRGB(0, 0, 160, 90, null, 0, 160), "frame " + i);
    }
  }

  @Test
  void posterAndSnippetBesideAVideoInAnotherFolder() throws Exception {
    Path media = Files.createDirectory(dir.resolve("media"));
    Path posts = Files.createDirectory(dir.resolve("posts"));
    Run run = demo("-o", media.resolve("bans.mp4").toString(), "--html", posts.resolve("bans.html").toString());
    assertEquals(0, run.exit(), run.err());
    Path poster = media.resolve("bans-poster.png");
    assertTrue(Files.isRegularFile(poster), "--html without --poster puts one beside the video");
    BufferedImage image = ImageIO.read(poster.toFile());
    assertEquals(160, image.getWidth());
    String html = Files.readString(posts.resolve("bans.html"));
    assertTrue(html.contains("src=\"../media/bans.mp4\""), html);
    assertTrue(html.contains("poster=\"../media/bans-poster.png\""), html);
    assertTrue(html.contains("Natural Earth &#183; banmap-Demo-City"), html);
    assertEquals(List.of("bans-poster.png", "bans.mp4"), names(media));
    assertEquals(List.of("bans.html"), names(posts));
  }

  @Test
  void badCompanionsFailBeforeRendering() throws Exception {
    Run gifWithHtml = demo("-o", dir.resolve("x.gif").toString(), "--html", dir.resolve("x.html").toString());
    assertEquals(1, gifWithHtml.exit());
    assertTrue(gifWithHtml.err().contains("--html needs a video"), gifWithHtml.err());
    Run jpegPoster = demo("-o", dir.resolve("x.mp4").toString(), "--poster", dir.resolve("x.jpg").toString());
    assertEquals(1, jpegPoster.exit());
    assertTrue(jpegPoster.err().contains("PNG"), jpegPoster.err());
    Run unknown = demo("-o", dir.resolve("x.avi").toString());
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains(".gif"), unknown.err());
    assertFalse(Files.list(dir).findAny().isPresent(), "nothing written");
  }

  @Test
  void gifFromTheDemo() throws Exception {
    Path gif = dir.resolve("demo.gif");
    Run run = demo("-o", gif.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("demo.gif"), names(dir));
  }

  @Test
  void gifSummaryReportsTheGifsOwnSizeFramesAndRate() throws Exception {
    Path gif = dir.resolve("wide.gif");
    BanMapCommandTest.Result r = BanMapCommandTest.run("demo", "-o", gif.toString(), "--size", "800x450", "--fps", "24",
        "--duration", "1s", "--quiet");
    assertEquals(0, r.exit(), r.err());
    // 24 fps is more than a GIF player handles well: every 2nd frame is kept, shrunk to 640 px wide.
    assertTrue(r.err().contains("video   " + gif + " · 12 frames 640x360 @ 12 fps · 1.00 s · 1 s = "), r.err());
    assertTrue(r.err().contains("(every 2nd of 24 rendered frames)"), r.err());
    assertTrue(r.err().matches("(?s).*output  \\d+ KB animated GIF \\(640x360, 12 frames, .*"), r.err());
    assertFalse(r.err().contains("GifSink"), r.err());
    try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(12, reader.getNumImages(true), "the summary's frame count is the file's");
      assertEquals(640, reader.getWidth(0));
      assertEquals(360, reader.getHeight(0));
    }
  }

  @Test
  void outputLineNamesTheFormatNotAClass() {
    BanMapCommandTest.Result r = BanMapCommandTest.run(Stream.concat(
        Stream.of("demo", "-o", dir.resolve("d.mp4").toString(), "--encoder", "jcodec"), Stream.of(SMALL))
        .toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().matches("(?s).*output  \\d+ KB H\\.264 MP4 \\(jcodec, QP \\d+, .*"), r.err());
    assertTrue(r.err().contains("banmap demo: done in"), r.err());
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
