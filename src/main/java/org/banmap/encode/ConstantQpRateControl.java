package org.banmap.encode;

import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.model.Size;

/**
 * Same quantiser for every macroblock of a frame, so quality does not depend on how busy the frame
 * is. (jcodec's default control starts key frames at QP 20 and P frames at 26, then raises the QP
 * per macroblock once a macroblock exceeds an average share of the buffer: dense coastlines and
 * text get blurrier than open sea.) {@link H264FrameEncoder} changes the QP between frames only
 * when a frame does not fit its buffer.
 */
final class ConstantQpRateControl implements RateControl {
  static final int MAX_QP = 51;

  private int qp;

  ConstantQpRateControl(int qp) {
    set(qp);
  }

  int qp() {
    return qp;
  }

  void set(int qp) {
    if (qp < 0 || qp > MAX_QP) {
      throw new IllegalArgumentException("H.264 QP must be 0..51, got " + qp);
    }
    this.qp = qp;
  }

  @Override
  public int startPicture(Size size, int maxSize, SliceType sliceType) {
    return qp;
  }

  @Override
  public int initialQpDelta() {
    return 0;
  }

  @Override
  public int accept(int bits) {
    return 0;
  }
}
