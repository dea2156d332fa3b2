package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.banmap.cli.StyleCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview} and {@code demo --at}: one frame as a PNG, through the chosen styles. */
class PreviewCommandTest {
  @Test
  void demoAtWritesOneFrameThroughTheStyles(@TempDir Path dir) throws Exception {
    Path red = dir.resolve("red.png");
    Path toner = dir.resolve("toner.png");
    Run a = StyleCommandTest.run("demo", "-q", "--at", "2026-10-07T15:00+02:00", "--size", "320x180", "-o", red.toString());
    assertEquals(0, a.exit(), a.err());
    assertEquals(red.toString(), a.out().trim());
    Run b = StyleCommandTest.run("demo", "-q", "--at", "2026-10-07T13:00Z", "--size", "320x180", "--no-overlay",
        "--style", "by-jail", "--basemap-style", "toner", "-o", toner.toString());
    assertEquals(0, b.exit(), b.err());
    BufferedImage frame = ImageIO.read(toner.toFile());
    assertEquals(320, frame.getWidth());
    assertEquals(180, frame.getHeight());
    assertEquals(0x000000, frame.getRGB(2, 2) & 0xffffff, "toner's black sea in the corner");
    assertNotEquals(Files.size(red), Files.size(toner));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary files left");
    }
  }

  @Test
  void usageAndStyleErrors(@TempDir Path dir) throws Exception {
    Run noAt = StyleCommandTest.run("preview", "-o", dir.resolve("f.png").toString(), "x.log");
    assertEquals(2, noAt.exit());
    assertTrue(noAt.err().contains("--at"), noAt.err());
    Run missing = StyleCommandTest.run("demo", "-q", "--at", "2026-10-07", "--style", "nope.sld", "-o", dir.resolve("f.png").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("--style nope.sld: no such file") && missing.err().contains("rotated-dots"), missing.err());
    Path broken = Files.writeString(dir.resolve("broken.sld"), "<StyledLayerDescriptor><NamedLayer>");
    Run bad = StyleCommandTest.run("demo", "-q", "--at", "2026-10-07", "--style", broken.toString(), "-o", dir.resolve("f.png").toString());
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains("broken.sld:"), bad.err());
    Run notPng = StyleCommandTest.run("demo", "-q", "--at", "2026-10-07", "-o", dir.resolve("f.mp4").toString());
    assertEquals(1, notPng.exit());
    assertTrue(notPng.err().contains("PNG"), notPng.err());
  }
}
