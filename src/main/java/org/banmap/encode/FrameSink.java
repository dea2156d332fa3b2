package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Receives the rendered frames in order and writes them somewhere (an MP4, a WebM, later GIF, PNG
 * folders). Output appears at the target path only on {@link #close()} after all frames;
 * {@link #abort()} (or a crash) leaves nothing at the target path.
 */
public interface FrameSink extends AutoCloseable {
  /** Takes the next frame. The image must be TYPE_INT_RGB of the size the sink was opened with. */
  void accept(BufferedImage frame) throws IOException;

  /** What this sink writes, for the run summary: "H.264 MP4 (ffmpeg libx264, CRF 20, preset veryfast)". */
  default String description() {
    return getClass().getSimpleName();
  }

  /** Finishes the file and moves it into place. */
  @Override
  void close() throws IOException;

  /** Stops writing and deletes everything written so far. Safe to call more than once. */
  void abort();
}
