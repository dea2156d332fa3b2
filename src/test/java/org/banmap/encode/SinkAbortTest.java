package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.banmap.testing.ChildJvm;
import org.banmap.testing.Ffprobe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Aborting, or Ctrl-C, leaves no file at the target, no temp file and no ffmpeg behind. */
class SinkAbortTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(WebReadyVideoTest.Encoder.class)
  void abortMidStreamLeavesNothing(WebReadyVideoTest.Encoder encoder) throws Exception {
    FrameSink sink = encoder.open(dir.resolve("gone.mp4"), 98, 50, 10);
    for (int i = 0; i < 35; i++) {
      sink.accept(TestFrames.map(98, 50, 20, i, 1));
    }
    long pid = sink instanceof FfmpegSink ffmpeg ? ffmpeg.pid() : -1;
    sink.abort();
    sink.abort();
    sink.close();
    assertEquals(List.of(), listDir());
    if (pid > 0) {
      assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "ffmpeg " + pid + " still runs");
    }
  }

  @ParameterizedTest
  @EnumSource(value = WebReadyVideoTest.Encoder.class, names = {"JCODEC_GOP_PARALLEL", "FFMPEG"})
  void sigintDeletesTheTempFileAndStopsFfmpeg(WebReadyVideoTest.Encoder encoder) throws Exception {
    if (encoder == WebReadyVideoTest.Encoder.FFMPEG) {
      Ffprobe.assumeAvailable();
    }
    Path target = dir.resolve("interrupted.mp4");
    Process child = new ProcessBuilder(ChildJvm.java(
        "-cp", System.getProperty("java.class.path"), Holder.class.getName(), encoder.name(), target.toString()))
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.startsWith("ready "), "child JVM did not start: " + line);
      long ffmpegPid = Long.parseLong(line.substring(6).strip());
      assertEquals(1, listDir().size(), "child should be writing its temp file");
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child JVM did not exit after SIGINT");
      if (ffmpegPid > 0) {
        ProcessHandle.of(ffmpegPid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(ffmpegPid).map(ProcessHandle::isAlive).orElse(false), "ffmpeg still runs");
      }
      assertEquals(List.of(), listDir());
    } finally {
      child.destroyForcibly();
    }
  }

  /** Child JVM: opens a sink, feeds it some frames, says "ready PID" and waits to be interrupted. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      FrameSink sink = WebReadyVideoTest.Encoder.valueOf(args[0]).open(Path.of(args[1]), 98, 50, 10);
      for (int i = 0; i < 35; i++) {
        sink.accept(TestFrames.map(98, 50, 20, i, 1));
      }
      System.out.println("ready " + (sink instanceof FfmpegSink ffmpeg ? ffmpeg.pid() : 0));
      System.out.flush();
      Thread.sleep(60_000);
    }
  }

  private List<Path> listDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
