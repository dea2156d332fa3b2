package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * The lifecycle every sink that writes a file (or folder) shares, so it is right in one place:
 * frames go to the hidden temp output of an {@link AtomicOutputFile}; {@link #close()} with no
 * frames saves nothing and says so; a failure while finishing aborts; {@link #abort()} stops the
 * sink's work and deletes the temp output, and is safe to call more than once or after close.
 * Subclasses write one frame, finish the temp output, and stop their own work.
 */
abstract class AtomicFrameSink implements FrameSink {
  /** The hidden temp output being written and the target it becomes. */
  final AtomicOutputFile output;
  /** What this sink makes, for messages: "video", "GIF", "folder". */
  private final String what;
  private long frames;
  private boolean finished;

  AtomicFrameSink(AtomicOutputFile output, String what) {
    this.output = output;
    this.what = what;
  }

  /** Frames accepted so far. */
  public final long frames() {
    return frames;
  }

  /** Whether {@link #close()} or {@link #abort()} was called. */
  final boolean finished() {
    return finished;
  }

  @Override
  public final void accept(BufferedImage frame) throws IOException {
    if (finished) {
      throw new IllegalStateException(what + " " + output.target() + " is already closed or aborted");
    }
    write(frame, frames);
    frames++;
  }

  /**
   * Finishes the output and moves it into place. With no frames there is nothing to show: the temp
   * output is deleted and an {@link IllegalStateException} says so. On any failure the sink is
   * aborted. A second call does nothing.
   */
  @Override
  public final void close() throws IOException {
    if (finished) {
      return;
    }
    if (frames == 0) {
      abort();
      throw new IllegalStateException("No frames were written, so no " + what + " was saved at " + output.target());
    }
    finished = true;
    try {
      finish();
      output.commit();
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  @Override
  public final void abort() {
    finished = true;
    stop();
    output.discard();
    discarded();
  }

  /** Writes frame number {@code index} (checked to be open; counted once this returns). */
  abstract void write(BufferedImage frame, long index) throws IOException;

  /** Completes the temp output (at least one frame was written); it is committed next. */
  abstract void finish() throws IOException;

  /** Stops any work still writing to the temp output (threads, processes); called by every abort. */
  abstract void stop();

  /** After the temp output is deleted on abort. */
  void discarded() {}

  /** Throws unless {@code frame} is TYPE_INT_RGB of exactly {@code widthPx} x {@code heightPx}. */
  static void checkFrame(BufferedImage frame, int widthPx, int heightPx) {
    if (frame.getWidth() != widthPx || frame.getHeight() != heightPx || frame.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("Frame must be a " + widthPx + "x" + heightPx + " TYPE_INT_RGB image, got "
          + frame.getWidth() + "x" + frame.getHeight() + " type " + frame.getType());
    }
  }
}
