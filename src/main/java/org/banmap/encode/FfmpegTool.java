package org.banmap.encode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** An {@code ffmpeg} executable and what it can encode. */
record FfmpegTool(Path executable) {
  /** The first executable {@code ffmpeg} in {@code searchPath} (PATH syntax); empty if none. */
  static Optional<FfmpegTool> find(String searchPath) {
    if (searchPath == null || searchPath.isBlank()) {
      return Optional.empty();
    }
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "ffmpeg");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(new FfmpegTool(candidate));
      }
    }
    return Optional.empty();
  }

  /** The ffmpeg on this process's PATH. */
  static Optional<FfmpegTool> onPath() {
    return find(System.getenv("PATH"));
  }

  /** Whether {@code ffmpeg -encoders} lists {@code encoder} (e.g. libx264); false if it does not run. */
  boolean hasEncoder(String encoder) {
    try {
      Process p = new ProcessBuilder(executable.toString(), "-hide_banner", "-encoders")
          .redirectErrorStream(true).start();
      p.getOutputStream().close();
      String list = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0 && list.lines().anyMatch(line -> line.contains(" " + encoder + " "));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String toString() {
    return executable.toString();
  }
}
