package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.banmap.demo.DemoData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real out-of-memory, through the built jar with a heap far too small for the demo render: one
 * line saying how many bans were loaded and what to do, exit 1, no JVM stack trace, no video.
 */
@Tag("slow")
class OutOfMemoryIT {
  @TempDir Path dir;

  @Test
  void aTinyHeapEndsInOneHelpfulLine() throws Exception {
    Path jar = Path.of(System.getProperty("banmap.jar", "target/banmap.jar"));
    assertTrue(Files.isRegularFile(jar), "the runnable jar " + jar + " is built by mvn package before this test");
    DemoData.DemoFiles files = DemoData.extract(dir);
    Path out = dir.resolve("out.mp4");
    Path stderr = dir.resolve("stderr.txt");
    // 12 MB holds the 5,000 demo bans but not the basemap and frames of a 640x360 render.
    Process p = new ProcessBuilder("java", "-Xmx12m", "-jar", jar.toString(), "render", "--geoip",
        files.geoipDatabase().toString(), "--size", "640x360", "--duration", "2s", "-q", "-o", out.toString(),
        files.log().toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile())
        .start();
    try {
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "banmap ends (guards against a hang only)");
      String err = Files.readString(stderr, StandardCharsets.UTF_8);
      assertEquals(1, p.exitValue(), err);
      assertTrue(err.matches("(?s).*\nbanmap: out of memory during [a-z+]+ (with [0-9,]+ bans loaded|before all logs were read)"
          + " \\(Java heap limit \\d+ MB\\): give Java more, e\\.g\\. java -Xmx\\dg -jar banmap\\.jar \\.\\.\\., or use fewer bans"
          + " with --from/--to or --jail\n"), err);
      assertFalse(err.contains("OutOfMemoryError"), "no stack trace: " + err);
      assertFalse(err.contains("done in"), err);
      assertFalse(Files.exists(out));
    } finally {
      p.destroyForcibly();
    }
  }
}
