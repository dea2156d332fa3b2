package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Converts packed-int RGB frames to planar YUV 4:2:0, BT.601 limited range (Y 16..235, Cb/Cr
 * 16..240), the colours every H.264 player assumes when the stream says so.
 *
 * <p>Reads the {@link DataBufferInt} behind the image directly: {@code getRGB} per pixel, or
 * jcodec's AWT bridge, costs ~30 ms per 1280x720 frame, this loop a few. Fixed-point integer
 * arithmetic (16 fraction bits) stays within ±1 of the exact formula.
 *
 * <p>Output samples are stored as {@code value - 128} in signed bytes: the layout jcodec 0.2's
 * 8-bit {@code Picture} planes use (a stored 0 is mid-grey 128). Each chroma sample is the average
 * of its 2x2 block; at an odd right or bottom edge the block shrinks to the pixels that exist.
 */
final class Yuv420Converter {
  // BT.601 limited range: Y = 16 + (65.481 R + 128.553 G + 24.966 B) / 255, times 2^16.
  private static final int Y_R = 16829;
  private static final int Y_G = 33039;
  private static final int Y_B = 6416;
  // Cb = 128 + (-37.797 R - 74.203 G + 112 B) / 255; Cr = 128 + (112 R - 93.786 G - 18.214 B) / 255.
  // Each row sums to 0, so grey stays exactly 128.
  private static final int CB_R = -9714;
  private static final int CB_G = -19070;
  private static final int CB_B = 28784;
  private static final int CR_R = 28784;
  private static final int CR_G = -24103;
  private static final int CR_B = -4681;
  // +16 for the luma floor, -128 for the signed storage, +0.5 to round.
  private static final int Y_ADD = ((16 - 128) << 16) + (1 << 15);
  // Chroma takes the sum of 4 pixels, hence 2 more fraction bits; the +128 and -128 cancel.
  private static final int C_SHIFT = 18;
  private static final int C_ADD = 1 << (C_SHIFT - 1);

  private Yuv420Converter() {}

  /** Width of a chroma plane for a frame {@code widthPx} wide. */
  static int chromaWidth(int widthPx) {
    return (widthPx + 1) / 2;
  }

  /** Height of a chroma plane for a frame {@code heightPx} high. */
  static int chromaHeight(int heightPx) {
    return (heightPx + 1) / 2;
  }

  /**
   * Fills {@code y} (width x height, row-major, no padding) and {@code cb}, {@code cr} (half size,
   * rounded up) from {@code frame}, which must use 0xRRGGBB ints (TYPE_INT_RGB; alpha of
   * TYPE_INT_ARGB is ignored).
   */
  static void convert(BufferedImage frame, byte[] y, byte[] cb, byte[] cr) {
    int w = frame.getWidth();
    int h = frame.getHeight();
    int cw = chromaWidth(w);
    int ch = chromaHeight(h);
    if (y.length < w * h || cb.length < cw * ch || cr.length < cw * ch) {
      throw new IllegalArgumentException("YUV planes too small for a " + w + "x" + h + " frame: "
          + y.length + "/" + cb.length + "/" + cr.length + " bytes");
    }
    PackedPixels packed = PackedPixels.of(frame);
    int[] px = packed.pixels();
    int stride = packed.stride();
    int origin = packed.origin();

    for (int cy = 0; cy < ch; cy++) {
      int row = cy << 1;
      // A missing bottom row (odd height) reuses the top row: the 4-pixel sum then equals twice
      // the 2-pixel sum, so the same shift gives the average of the pixels that exist.
      boolean hasSecondRow = row + 1 < h;
      int in0 = origin + row * stride;
      int in1 = hasSecondRow ? in0 + stride : in0;
      int out0 = row * w;
      int out1 = out0 + w;
      int cOut = cy * cw;
      for (int cx = 0; cx < cw; cx++) {
        int x0 = cx << 1;
        int x1 = x0 + 1 < w ? x0 + 1 : x0;
        int p00 = px[in0 + x0];
        int p01 = px[in0 + x1];
        int p10 = px[in1 + x0];
        int p11 = px[in1 + x1];
        y[out0 + x0] = luma(p00);
        if (x1 != x0) {
          y[out0 + x1] = luma(p01);
        }
        if (hasSecondRow) {
          y[out1 + x0] = luma(p10);
          if (x1 != x0) {
            y[out1 + x1] = luma(p11);
          }
        }
        int r = ((p00 >> 16) & 0xFF) + ((p01 >> 16) & 0xFF) + ((p10 >> 16) & 0xFF) + ((p11 >> 16) & 0xFF);
        int g = ((p00 >> 8) & 0xFF) + ((p01 >> 8) & 0xFF) + ((p10 >> 8) & 0xFF) + ((p11 >> 8) & 0xFF);
        int b = (p00 & 0xFF) + (p01 & 0xFF) + (p10 & 0xFF) + (p11 & 0xFF);
        cb[cOut + cx] = (byte) ((CB_R * r + CB_G * g + CB_B * b + C_ADD) >> C_SHIFT);
        cr[cOut + cx] = (byte) ((CR_R * r + CR_G * g + CR_B * b + C_ADD) >> C_SHIFT);
      }
    }
  }

  private static byte luma(int p) {
    return (byte) ((Y_R * ((p >> 16) & 0xFF) + Y_G * ((p >> 8) & 0xFF) + Y_B * (p & 0xFF) + Y_ADD) >> 16);
  }

  /**
   * The ints behind a 0xRRGGBB image: pixel (x, y) is {@code pixels[origin + y * stride + x]}.
   * Reading in place saves a 3.7 MB copy per 1280x720 frame.
   */
  record PackedPixels(int[] pixels, int origin, int stride) {
    /** @throws IllegalArgumentException unless {@code frame} is TYPE_INT_RGB (or ARGB) */
    static PackedPixels of(BufferedImage frame) {
      WritableRaster raster = frame.getRaster();
      boolean packedRgb = raster.getDataBuffer() instanceof DataBufferInt
          && raster.getSampleModel() instanceof SinglePixelPackedSampleModel
          && Arrays.equals(((SinglePixelPackedSampleModel) raster.getSampleModel()).getBitMasks(),
              frame.getColorModel().hasAlpha()
                  ? new int[] {0xFF0000, 0xFF00, 0xFF, 0xFF000000}
                  : new int[] {0xFF0000, 0xFF00, 0xFF});
      if (!packedRgb) {
        throw new IllegalArgumentException("Frame must be BufferedImage.TYPE_INT_RGB (0xRRGGBB ints), got image type "
            + frame.getType() + " (draw it into a TYPE_INT_RGB image first)");
      }
      SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
      int origin = raster.getDataBuffer().getOffset()
          + model.getOffset(-raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
      // getData() makes Java2D stop caching this image in video memory; frames are drawn in
      // software anyway.
      return new PackedPixels(((DataBufferInt) raster.getDataBuffer()).getData(), origin, model.getScanlineStride());
    }
  }
}
