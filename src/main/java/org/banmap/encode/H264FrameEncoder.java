package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.codecs.h264.io.model.VUIParameters;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;

/**
 * RGB frames in, H.264 access units (Annex B) out, via jcodec's encoder fed with our own YUV.
 * Split into {@link #convert} and {@link #encode} so they can run on different threads and the
 * two costs can be measured apart.
 *
 * <p>jcodec encodes every macroblock (no skip blocks) as I16x16 or P16x16; a motion search range
 * of 0 is the big speed lever (98 → 37 ms per 720p frame measured) and costs nothing on our
 * content: dots appear and fade in place, nothing moves.
 */
final class H264FrameEncoder {
  /** One encoded frame: Annex B NAL units (SPS and PPS precede every key frame). */
  record Encoded(ByteBuffer annexB, boolean keyFrame) {}

  private final int widthPx;
  private final int heightPx;
  private final int keyIntervalFrames;
  private final ConstantQpRateControl rateControl;
  private final H264Encoder encoder;
  private final ByteBuffer out;
  private int frameInGop;

  H264FrameEncoder(int widthPx, int heightPx, int fps, int qp, int keyIntervalFrames) {
    if (widthPx <= 0 || heightPx <= 0 || widthPx % 2 != 0 || heightPx % 2 != 0) {
      throw new IllegalArgumentException("Video size must be positive and even (YUV 4:2:0 halves it), got "
          + widthPx + "x" + heightPx + " (use e.g. " + even(widthPx) + "x" + even(heightPx) + ")");
    }
    if (fps <= 0) {
      throw new IllegalArgumentException("Frame rate must be > 0, got " + fps);
    }
    if (keyIntervalFrames <= 0) {
      throw new IllegalArgumentException("Key frame interval must be > 0 frames, got " + keyIntervalFrames);
    }
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.keyIntervalFrames = keyIntervalFrames;
    this.rateControl = new ConstantQpRateControl(qp);
    this.encoder = new TaggedEncoder(rateControl, fps);
    encoder.setKeyInterval(keyIntervalFrames);
    encoder.setMotionSearchRange(0);
    // jcodec caps a frame at min(buffer, width*height) bytes; leave room for SPS/PPS and escaping.
    this.out = ByteBuffer.allocate(widthPx * heightPx + widthPx * heightPx / 32 + 4096);
  }

  // H.264 Table A-1: level_idc, max frame size (macroblocks), max macroblocks per second.
  private static final int[][] LEVELS = {
    {10, 99, 1485}, {11, 396, 3000}, {12, 396, 6000}, {13, 396, 11880}, {20, 396, 11880},
    {21, 792, 19800}, {22, 1620, 20250}, {30, 1620, 40500}, {31, 3600, 108000},
    {32, 5120, 216000}, {40, 8192, 245760}, {42, 8704, 522240}, {50, 22080, 589824},
    {51, 36864, 983040}, {52, 36864, 2073600},
  };

  /** Smallest level whose frame size and macroblock rate limits fit; 5.2 if none does. */
  static int minimumLevel(int macroblocks, int fps) {
    for (int[] level : LEVELS) {
      if (macroblocks <= level[1] && (long) macroblocks * fps <= level[2]) {
        return level[0];
      }
    }
    return 52;
  }

  private static int even(int n) {
    return Math.max(2, n + (n & 1));
  }

  int widthPx() {
    return widthPx;
  }

  int heightPx() {
    return heightPx;
  }

  /** Frames per group of pictures: every GOP starts with a key frame and depends on no other GOP. */
  int keyIntervalFrames() {
    return keyIntervalFrames;
  }

  /**
   * Makes the next frame a key frame that starts a new GOP. Encoding a GOP on a fresh encoder or on
   * one that just finished another GOP gives the same bytes: with a constant QP, nothing but the
   * reference picture (replaced by a key frame) carries over.
   */
  void startGop() {
    frameInGop = 0;
  }

  /** A blank YUV picture of the video's size, to {@link #convert} into. */
  Picture newPicture() {
    // jcodec only accepts YUV420J ("JPEG", full range) pictures, but the label is not written
    // anywhere; the stream's VUI below is what tells decoders the samples are limited range.
    return Picture.create(widthPx, heightPx, ColorSpace.YUV420J);
  }

  /** Converts {@code frame} into {@code picture} (from {@link #newPicture}). Thread-safe. */
  void convert(BufferedImage frame, Picture picture) {
    if (frame.getWidth() != widthPx || frame.getHeight() != heightPx) {
      throw new IllegalArgumentException("Frame is " + frame.getWidth() + "x" + frame.getHeight()
          + " but the video was opened as " + widthPx + "x" + heightPx);
    }
    Yuv420Converter.convert(frame, picture.getPlaneData(0), picture.getPlaneData(1), picture.getPlaneData(2));
  }

  /**
   * Encodes the next frame; the returned buffer is the caller's to keep, and {@code picture} is
   * free for reuse on return. A frame too big for jcodec's fixed buffer (noise at a low QP) is
   * encoded again, coarser, rather than failing. One thread at a time.
   */
  Encoded encode(Picture picture) {
    boolean key = frameInGop == 0;
    int qp = rateControl.qp();
    try {
      while (true) {
        out.clear();
        try {
          // Own GOP bookkeeping (not encodeFrame) so a failed attempt can be repeated: jcodec only
          // swaps in the new reference picture after the whole frame succeeded.
          ByteBuffer data = encoder.doEncodeFrame(picture, out, key, frameInGop, key ? SliceType.I : SliceType.P);
          frameInGop = (frameInGop + 1) % keyIntervalFrames;
          // jcodec returns a view of our reused buffer; the muxer may hold on to it.
          ByteBuffer copy = ByteBuffer.allocate(data.remaining());
          copy.put(data).flip();
          return new Encoded(copy, key);
        } catch (BufferOverflowException e) {
          if (rateControl.qp() == ConstantQpRateControl.MAX_QP) {
            throw new IllegalStateException("Frame does not fit jcodec's buffer even at QP 51", e);
          }
          rateControl.set(Math.min(ConstantQpRateControl.MAX_QP, rateControl.qp() + 6));
        }
      }
    } finally {
      rateControl.set(qp);
    }
  }

  /**
   * Adds VUI to jcodec's sequence header: colour description (so players use BT.601 limited range
   * instead of guessing), frame timing, and "no reordered frames" (lets decoders output each frame
   * at once). Also raises the level when 4.0 is too small for the size and rate.
   */
  private static final class TaggedEncoder extends H264Encoder {
    private final int fps;

    TaggedEncoder(ConstantQpRateControl rateControl, int fps) {
      super(rateControl);
      this.fps = fps;
    }

    @Override
    public SeqParameterSet initSPS(Size size) {
      SeqParameterSet sps = super.initSPS(size);
      int macroblocks = (sps.picWidthInMbsMinus1 + 1) * (sps.picHeightInMapUnitsMinus1 + 1);
      sps.levelIdc = Math.max(sps.levelIdc, minimumLevel(macroblocks, fps));
      VUIParameters vui = new VUIParameters();
      vui.videoSignalTypePresentFlag = true;
      vui.videoFormat = 5; // unspecified
      vui.videoFullRangeFlag = false;
      vui.colourDescriptionPresentFlag = true;
      vui.colourPrimaries = 1; // BT.709 = sRGB primaries: the renderer draws sRGB
      vui.transferCharacteristics = 13; // IEC 61966-2-1 (sRGB curve): samples are not re-gamma'd
      vui.matrixCoefficients = 6; // SMPTE 170M = BT.601, the matrix Yuv420Converter uses
      vui.timingInfoPresentFlag = true;
      vui.numUnitsInTick = 1;
      vui.timeScale = 2 * fps; // H.264 counts fields: two ticks per frame
      vui.fixedFrameRateFlag = true;
      VUIParameters.BitstreamRestriction restriction = new VUIParameters.BitstreamRestriction();
      restriction.motionVectorsOverPicBoundariesFlag = true;
      restriction.maxBytesPerPicDenom = 0;
      restriction.maxBitsPerMbDenom = 0;
      restriction.log2MaxMvLengthHorizontal = 16;
      restriction.log2MaxMvLengthVertical = 16;
      restriction.numReorderFrames = 0;
      restriction.maxDecFrameBuffering = 1;
      vui.bitstreamRestriction = restriction;
      sps.vuiParams = vui;
      return sps;
    }
  }
}
