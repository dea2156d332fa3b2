package org.banmap.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import org.banmap.encode.PngWriter;
import org.banmap.render.FrameRenderer;

/** The still that stands for the video: the frame with the most bans visible. */
final class Poster {
  private Poster() {}

  /** The frame with the most visible bans; the earliest of equals (frame 0 for an empty map). */
  static int busiestFrame(int frameCount, IntUnaryOperator visibleBans) {
    int best = 0;
    int bestCount = -1;
    for (int i = 0; i < frameCount; i++) {
      int n = visibleBans.applyAsInt(i);
      if (n > bestCount) {
        best = i;
        bestCount = n;
      }
    }
    return best;
  }

  static int busiestFrame(FrameRenderer renderer) {
    return busiestFrame(renderer.plan().frameCount(), i -> {
      int[] window = renderer.window(i);
      return window[1] - window[0];
    });
  }

  /** Renders the busiest frame and writes it to {@code png} atomically; returns the frame index. */
  static int write(FrameRenderer renderer, Path png) throws IOException {
    int index = busiestFrame(renderer);
    BufferedImage frame = renderer.newFrame();
    renderer.render(index, frame);
    PngWriter.writeAtomically(frame, png);
    return index;
  }
}
