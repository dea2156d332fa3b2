package org.banmap.encode;

import java.awt.image.BufferedImage;

/** The argument checks every sink's {@code accept} makes. */
final class FrameCheck {
  private FrameCheck() {}

  /** Throws unless the sink is open and {@code frame} is TYPE_INT_RGB of the sink's size. */
  static void accepting(boolean finished, String what, BufferedImage frame, int widthPx, int heightPx) {
    if (finished) {
      throw new IllegalStateException(what + " is already closed or aborted");
    }
    if (frame.getWidth() != widthPx || frame.getHeight() != heightPx || frame.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("Frame must be a " + widthPx + "x" + heightPx + " TYPE_INT_RGB image, got "
          + frame.getWidth() + "x" + frame.getHeight() + " type " + frame.getType());
    }
  }
}
