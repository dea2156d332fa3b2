package org.banmap.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.banmap.report.UserError;
import org.banmap.testing.ChildJvm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputFileTest {
  @TempDir Path dir;

  @Test
  void writesToAHiddenSiblingAndRenamesOnCommit() throws IOException {
    Path target = dir.resolve("out.mp4");
    AtomicOutputFile out = AtomicOutputFile.file(target);
    assertEquals(dir.toAbsolutePath(), out.temp().getParent());
    assertTrue(out.temp().getFileName().toString().matches("\\.out\\.mp4\\.part-[0-9a-f]{8}"), out.temp().toString());
    Files.writeString(out.temp(), "video");
    assertFalse(Files.exists(target), "target must not appear before commit");

    out.commit();
    assertEquals("video", Files.readString(target));
    assertEquals(List.of(target), listDir());
    out.discard(); // after commit: no-op, the result stays
    assertTrue(Files.exists(target));
    assertThrows(IllegalStateException.class, out::commit);
  }

  @Test
  void discardDeletesTheTempAndKeepsTheOldTarget() throws IOException {
    Path target = dir.resolve("out.mp4");
    Files.writeString(target, "old");
    AtomicOutputFile out = AtomicOutputFile.file(target);
    Files.writeString(out.temp(), "half a video");
    out.discard();
    out.discard();
    assertEquals(List.of(target), listDir());
    assertEquals("old", Files.readString(target));
  }

  @Test
  void directoriesAreCommittedWholeAndDiscardedRecursively() throws IOException {
    Path target = dir.resolve("frames");
    AtomicOutputFile kept = AtomicOutputFile.directory(target);
    Files.writeString(kept.temp().resolve("0001.png"), "png");
    kept.commit();
    assertEquals("png", Files.readString(target.resolve("0001.png")));

    UserError exists = assertThrows(UserError.class, () -> AtomicOutputFile.directory(target));
    assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());

    AtomicOutputFile dropped = AtomicOutputFile.directory(dir.resolve("more-frames"));
    Files.createDirectories(dropped.temp().resolve("sub"));
    Files.writeString(dropped.temp().resolve("sub/0001.png"), "png");
    dropped.discard();
    assertEquals(List.of(target), listDir());
  }

  @Test
  void missingFolderSaysWhichAndWhatToDo() {
    Path target = dir.resolve("missing/out.mp4");
    UserError e = assertThrows(UserError.class, () -> AtomicOutputFile.file(target));
    assertTrue(e.getMessage().contains("Output folder does not exist: " + dir.resolve("missing")), e.getMessage());
    assertTrue(e.getMessage().contains("create it"), e.getMessage());
  }

  @Test
  void aFolderAsFileTargetIsRefused() throws IOException {
    Files.createDirectory(dir.resolve("videos"));
    UserError e = assertThrows(UserError.class, () -> AtomicOutputFile.file(dir.resolve("videos")));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
  }

  @Test
  void unwritableFolderSaysPermissionDenied() throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "running as root: permissions are not enforced, cannot test an unwritable folder");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      UserError e = assertThrows(UserError.class, () -> AtomicOutputFile.file(locked.resolve("out.mp4")));
      assertTrue(e.getMessage().contains("permission denied") && e.getMessage().contains(locked.toString()),
          e.getMessage());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void interruptedJvmDeletesItsTempFiles() throws Exception {
    Path target = dir.resolve("interrupted.mp4");
    Process child = new ProcessBuilder(ChildJvm.java(
        "-cp", System.getProperty("java.class.path"), Holder.class.getName(), target.toString()))
        .redirectErrorStream(true)
        .start();
    try {
      String line = new String(child.getInputStream().readNBytes(5), StandardCharsets.UTF_8);
      assertEquals("ready", line, "child JVM did not start");
      assertEquals(1, listDir().size(), "child should have created its temp file");
      // Ctrl-C: SIGINT makes the JVM run its shutdown hooks.
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child JVM did not exit after SIGINT");
      assertEquals(List.of(), listDir());
    } finally {
      child.destroyForcibly();
    }
  }

  /** Child JVM for {@link #interruptedJvmDeletesItsTempFiles}: opens an output and waits forever. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      AtomicOutputFile out = AtomicOutputFile.file(Path.of(args[0]));
      Files.writeString(out.temp(), "partial");
      System.out.print("ready");
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
