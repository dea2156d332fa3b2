package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.banmap.testing.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a render, through the built jar: the process stops promptly with an error exit,
 * nothing appears at the target and the hidden {@code .out.mp4.part-*} temp file is gone.
 */
@Tag("slow")
class InterruptRenderIT {
  @TempDir Path dir;

  @Test
  void sigintLeavesNoPartialVideo() throws Exception {
    Path jar = ChildJvm.jarPath();
    assertTrue(Files.isRegularFile(jar), "the runnable jar " + jar + " is built by mvn package before this test");
    Path out = dir.resolve("out.mp4");
    Path stderr = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(ChildJvm.jar("demo", "-o", out.toString(), "--size", "320x180",
        "--duration", "60s"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(stderr, StandardCharsets.UTF_8).contains("[render]")) {
        assertTrue(p.isAlive(), "banmap ended before rendering: " + Files.readString(stderr));
        assertTrue(System.nanoTime() < deadline, "no [render] progress within 60 s: " + Files.readString(stderr));
        Thread.sleep(100);
      }
      assertEquals(1, partFiles().size(), "while rendering, the video is written to a hidden temp file");

      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
      assertTrue(kill.waitFor(60, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -INT " + p.pid());
      // Only a hang guard: a render that ignored SIGINT and finished would exit 0, failing below.
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "banmap stops within 60 s of SIGINT");
      assertNotEquals(0, p.exitValue(), "an interrupted render is not a success");
      assertFalse(Files.exists(out), "no partial video at the target");
      assertEquals(List.of(), partFiles(), "temp files removed");
    } finally {
      p.destroyForcibly();
    }
  }

  private List<String> partFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".out.mp4.part-")).toList();
    }
  }
}
