package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.banmap.report.UserError;

/**
 * Writes every frame as a lossless PNG into a folder: {@code frame-00000.png}, {@code
 * frame-00001.png}, ... (five digits, more past 99,999 frames), for editing or for another encoder.
 *
 * <p>The frames go into a hidden temp folder beside the target that is renamed into place on
 * {@link #close()}, so the folder appears complete or not at all (see {@link AtomicOutputFile}).
 * The target must not exist, or be an empty folder: an empty folder is removed when the sink opens
 * (a rename cannot replace it portably) and put back if the sink is aborted.
 *
 * <p>PNG compression is the slow part (~30 ms per 720p frame), so frames are compressed on all
 * cores, at most {@code 2 x cores} at a time (each holds a copy of its frame).
 */
public final class PngFolderSink extends AtomicFrameSink {
  private final boolean replacedEmptyFolder;
  private final int widthPx;
  private final int heightPx;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();

  private PngFolderSink(AtomicOutputFile output, boolean replacedEmptyFolder, int widthPx, int heightPx) {
    super(output, "PNG folder");
    this.replacedEmptyFolder = replacedEmptyFolder;
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.maxInFlight = 2 * threads;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "banmap-png-writer");
      t.setDaemon(true);
      return t;
    });
  }

  /** Opens a folder of {@code widthPx} x {@code heightPx} PNG frames at {@code target}. */
  public static PngFolderSink open(Path target, int widthPx, int heightPx) throws IOException {
    if (widthPx < 1 || heightPx < 1) {
      throw new IllegalArgumentException("Frame size must be positive, got " + widthPx + "x" + heightPx);
    }
    boolean emptyFolder = Files.isDirectory(target) && isEmpty(target);
    if (emptyFolder) {
      try {
        Files.delete(target);
      } catch (DirectoryNotEmptyException e) {
        throw new UserError("Output folder " + target.toAbsolutePath() + " is not empty (choose a new or empty folder)");
      }
    }
    try {
      return new PngFolderSink(AtomicOutputFile.directory(target), emptyFolder, widthPx, heightPx);
    } catch (IOException | RuntimeException e) {
      restoreEmptyFolder(target, emptyFolder);
      throw e;
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  /** The format, for the run summary. */
  @Override
  public String description() {
    return String.format(Locale.ROOT, "folder of PNG frames (%,d frames %dx%d)", frames(), widthPx, heightPx);
  }

  /** The file name of frame {@code index}. */
  public static String fileName(long index) {
    return String.format(Locale.ROOT, "frame-%05d.png", index);
  }

  @Override
  void write(BufferedImage frame, long index) throws IOException {
    checkFrame(frame, widthPx, heightPx);
    while (inFlight.size() >= maxInFlight) {
      await(inFlight.removeFirst());
    }
    // The caller reuses its frame buffer, so each write gets its own copy.
    BufferedImage copy = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    int[] from = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
    System.arraycopy(from, 0, ((DataBufferInt) copy.getRaster().getDataBuffer()).getData(), 0, from.length);
    Path file = output.temp().resolve(fileName(index));
    inFlight.add(pool.submit(() -> {
      try {
        PngWriter.write(copy, file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  private void await(Future<?> write) throws IOException {
    try {
      write.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while writing PNG frames to " + output.temp());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      throw new IOException("Could not write a PNG frame into " + output.temp() + ": " + cause, cause);
    }
  }

  /** Waits for every frame to be written. */
  @Override
  void finish() throws IOException {
    while (!inFlight.isEmpty()) {
      await(inFlight.removeFirst());
    }
    pool.shutdown();
  }

  @Override
  void stop() {
    pool.shutdownNow();
    try {
      // Let running writes stop before the temp folder is deleted under them.
      pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    inFlight.clear();
  }

  /** The user's empty folder, removed on open, comes back. */
  @Override
  void discarded() {
    restoreEmptyFolder(output.target(), replacedEmptyFolder);
  }

  private static void restoreEmptyFolder(Path target, boolean replaced) {
    if (!replaced) {
      return;
    }
    try {
      Files.createDirectories(target);
    } catch (IOException e) {
      // Best effort: it was empty, so nothing of the user's is lost.
    }
  }
}
