package org.banmap.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared third-party corpus ({@code ../shared/corpus}), read in place. Tests that need it call
 * {@link #dir(String)}, which skips the test with a clear message when the folder is absent (a
 * user's fresh clone has no {@code ../shared}).
 */
public final class Corpus {
  private Corpus() {}

  public static Path root() {
    return Path.of(System.getProperty("banmap.corpus", "../shared/corpus")).toAbsolutePath().normalize();
  }

  /** A corpus sub-folder such as {@code fail2ban} or {@code sld}; skips the test if absent. */
  public static Path dir(String name) {
    Path dir = root().resolve(name);
    assumeTrue(
        Files.isDirectory(dir),
        "corpus folder " + dir + " is absent: skipping (it lives in ../shared/corpus beside the repo)");
    return dir;
  }

  /** One corpus file; skips the test if absent. */
  public static Path file(String relative) {
    Path file = root().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "corpus file " + file + " is absent: skipping");
    return file;
  }
}
