package org.banmap.encode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.banmap.report.UserError;

/**
 * An output that appears at its target path all at once or not at all. Writers fill {@link #temp()},
 * a hidden sibling of the target ({@code .out.mp4.part-1a2b3c4d}), which {@link #commit()} renames
 * over the target. Keeping the temp file in the target's folder makes the rename atomic (same file
 * system), so a player or a web server never sees half a video.
 *
 * <p>{@link #discard()} deletes the temp file; a JVM shutdown hook deletes every temp file not yet
 * committed or discarded, so Ctrl-C during a long encode leaves no {@code .part} litter behind.
 * {@link #directory} does the same for a folder of files (PNG frames).
 */
public final class AtomicOutputFile {
  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
  private static final SecureRandom RANDOM = new SecureRandom();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(AtomicOutputFile::deleteUnfinished, "banmap-delete-partial-output"));
  }

  private final Path target;
  private final Path temp;
  private boolean done;

  private AtomicOutputFile(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** Creates an empty temp file next to {@code target}; the target itself is not touched yet. */
  public static AtomicOutputFile file(Path target) throws IOException {
    return create(target, false);
  }

  /**
   * Creates an empty temp folder next to {@code target}. Unlike a file, an existing target folder
   * is never replaced: a rename cannot swap a non-empty folder atomically, and deleting the user's
   * folder would be worse.
   */
  public static AtomicOutputFile directory(Path target) throws IOException {
    if (Files.exists(target)) {
      throw new UserError("Output folder already exists: " + target.toAbsolutePath()
          + " (delete it or choose another output path)");
    }
    return create(target, true);
  }

  private static AtomicOutputFile create(Path target, boolean isDirectory) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null || absolute.getFileName() == null) {
      throw new UserError("Output path has no file name: " + target);
    }
    if (!Files.isDirectory(folder)) {
      throw new UserError("Output folder does not exist: " + folder
          + " (create it first or choose another output path)");
    }
    if (Files.isDirectory(absolute) && !isDirectory) {
      throw new UserError("Output path is a folder, expected a file name: " + absolute
          + " (add a file name such as " + absolute.resolve("bans.mp4") + ")");
    }
    Path temp = folder.resolve("." + absolute.getFileName() + ".part-" + randomSuffix());
    try {
      if (isDirectory) {
        Files.createDirectory(temp);
      } else {
        Files.createFile(temp);
      }
    } catch (AccessDeniedException e) {
      throw new UserError("Cannot write to output folder " + folder
          + ": permission denied (fix its permissions or choose another output path)", e);
    } catch (IOException e) {
      throw new IOException("Cannot create temporary output " + temp + ": " + e, e);
    }
    UNFINISHED.add(temp);
    return new AtomicOutputFile(absolute, temp);
  }

  private static String randomSuffix() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Where the final output will be once committed (absolute). */
  public Path target() {
    return target;
  }

  /** Where to write meanwhile. */
  public Path temp() {
    return temp;
  }

  /** Renames the temp output over the target. Call once, after everything is written and closed. */
  public synchronized void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("Output " + target + " was already committed or discarded");
    }
    try {
      move();
    } catch (IOException e) {
      throw new IOException("Could not move finished output " + temp + " to " + target + ": " + e, e);
    }
    done = true;
    UNFINISHED.remove(temp);
  }

  private void move() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Rare (odd network file systems): second best is a plain rename that may replace.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      // Some platforms refuse ATOMIC_MOVE onto an existing file; the user asked to overwrite it.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temp output. Safe to call more than once and after {@link #commit()} (no-op). */
  public synchronized void discard() {
    if (done) {
      return;
    }
    done = true;
    deleteQuietly(temp);
    UNFINISHED.remove(temp);
  }

  private static void deleteUnfinished() {
    for (Path temp : UNFINISHED) {
      deleteQuietly(temp);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> tree = Files.walk(path)) {
          // Deepest first, so each folder is empty when its turn comes.
          tree.sorted(Comparator.reverseOrder()).forEach(AtomicOutputFile::deleteOne);
        }
      } else {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a leftover hidden .part file is not worth failing the run (or the hook) for.
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
