package org.banmap.encode;

/**
 * Shrinks packed 0xRRGGBB frames by area averaging: each output pixel is the mean of the source
 * area it covers, fractional edge pixels weighted by their overlap. Unlike nearest-neighbour or
 * bilinear sampling, a one-pixel dot never vanishes between samples; it only gets dimmer, as it
 * should at a smaller size. Separable (rows, then columns); reuses its buffers, so one instance
 * serves one thread.
 */
final class AreaScaler {
  private final int srcW;
  private final int srcH;
  private final int dstW;
  private final int dstH;
  private final Axis xs;
  private final Axis ys;
  /** Row pass output: dstW x srcH pixels, three floats each. */
  private final float[] rows;

  /** Which source pixels each output pixel covers along one axis, and with what weights. */
  private record Axis(int[] first, float[][] weights) {
    static Axis of(int src, int dst) {
      int[] first = new int[dst];
      float[][] weights = new float[dst][];
      double scale = (double) src / dst;
      for (int d = 0; d < dst; d++) {
        double a = d * scale;
        double b = Math.min(src, (d + 1) * scale);
        int lo = (int) Math.floor(a);
        int hi = Math.min(src, (int) Math.ceil(b));
        float[] w = new float[hi - lo];
        for (int s = lo; s < hi; s++) {
          w[s - lo] = (float) ((Math.min(b, s + 1) - Math.max(a, s)) / (b - a));
        }
        first[d] = lo;
        weights[d] = w;
      }
      return new Axis(first, weights);
    }
  }

  AreaScaler(int srcW, int srcH, int dstW, int dstH) {
    if (dstW < 1 || dstH < 1 || dstW > srcW || dstH > srcH) {
      throw new IllegalArgumentException("Can only shrink: " + srcW + "x" + srcH + " to " + dstW + "x" + dstH);
    }
    this.srcW = srcW;
    this.srcH = srcH;
    this.dstW = dstW;
    this.dstH = dstH;
    this.xs = Axis.of(srcW, dstW);
    this.ys = Axis.of(srcH, dstH);
    this.rows = new float[dstW * srcH * 3];
  }

  /** Shrinks {@code src} (srcW x srcH, row-major, no padding) into {@code dst} (dstW x dstH). */
  void scale(int[] src, int[] dst) {
    for (int y = 0; y < srcH; y++) {
      int in = y * srcW;
      int out = y * dstW * 3;
      for (int x = 0; x < dstW; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        int s = in + xs.first[x];
        for (float w : xs.weights[x]) {
          int p = src[s++];
          r += w * ((p >> 16) & 0xFF);
          g += w * ((p >> 8) & 0xFF);
          b += w * (p & 0xFF);
        }
        rows[out++] = r;
        rows[out++] = g;
        rows[out++] = b;
      }
    }
    for (int y = 0; y < dstH; y++) {
      float[] w = ys.weights[y];
      int first = ys.first[y];
      for (int x = 0; x < dstW; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int k = 0; k < w.length; k++) {
          int at = ((first + k) * dstW + x) * 3;
          r += w[k] * rows[at];
          g += w[k] * rows[at + 1];
          b += w[k] * rows[at + 2];
        }
        dst[y * dstW + x] = (channel(r) << 16) | (channel(g) << 8) | channel(b);
      }
    }
  }

  private static int channel(float v) {
    int c = Math.round(v);
    return c < 0 ? 0 : Math.min(255, c);
  }
}
