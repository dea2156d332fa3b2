package org.banmap.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders all frames of a plan on a pool of threads and hands them to a consumer in frame order.
 * At most {@code 2 x threads} frames are in flight and their buffers are reused, so memory stays
 * flat however long the video; the consumer (the encoder) runs on the calling thread while the pool
 * renders ahead.
 */
public final class FrameSequence {
  /** Receives frames in order; the image is reused after the call returns. */
  @FunctionalInterface
  public interface FrameConsumer {
    void accept(int index, BufferedImage frame) throws IOException;
  }

  private FrameSequence() {}

  /** Below this much used heap a full collection has little to give back and is skipped. */
  private static final long COMPACT_ABOVE_BYTES = 128L << 20;

  /**
   * One full collection between loading and the first frame. Loading leaves its temporaries (log
   * lines, events, lookup tables) promoted to the old generation, and with default JVM flags G1
   * has grown the heap for them; rendering then makes only short-lived garbage (mostly the
   * encoder's), so a full collection here lets G1 give the loading heap back before the frames
   * touch it again. With 1M bans the heap holds about 265 MB here, 51 MB of it live, and the
   * run's peak RSS is about 650 MB with this collection, 1.0-1.4 GB without. A pause of well
   * under a second once per video; skipped for small runs (tests render many), a no-op with
   * -XX:+DisableExplicitGC.
   */
  private static void compactBeforeRendering() {
    Runtime rt = Runtime.getRuntime();
    if (rt.totalMemory() - rt.freeMemory() > COMPACT_ABOVE_BYTES) {
      System.gc();
    }
  }

  public static void run(FrameRenderer renderer, int threads, FrameConsumer consumer) throws IOException {
    int frames = renderer.plan().frameCount();
    compactBeforeRendering();
    if (threads <= 1) {
      BufferedImage frame = renderer.newFrame();
      for (int i = 0; i < frames; i++) {
        renderer.render(i, frame);
        consumer.accept(i, frame);
      }
      return;
    }
    int window = 2 * threads;
    BlockingQueue<BufferedImage> buffers = new ArrayBlockingQueue<>(window);
    for (int i = 0; i < window; i++) {
      buffers.add(renderer.newFrame());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "banmap-render");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<BufferedImage>> inFlight = new ArrayDeque<>();
    try {
      int next = 0;
      for (int i = 0; i < frames; i++) {
        while (next < frames && inFlight.size() < window) {
          BufferedImage buffer = buffers.take();
          int index = next++;
          inFlight.add(pool.submit(() -> {
            renderer.render(index, buffer);
            return buffer;
          }));
        }
        BufferedImage frame = inFlight.removeFirst().get();
        consumer.accept(i, frame);
        buffers.add(frame);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("rendering interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("rendering failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
