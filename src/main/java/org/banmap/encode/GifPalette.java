package org.banmap.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * One palette for a whole GIF, chosen by median cut over the colours of every frame.
 *
 * <p>Colours are counted in 6-bit-per-channel bins, each bin remembering the exact mean of its
 * pixels. Median cut runs in Oklab (a perceptual space: equal distances look about equally
 * different), weighting each bin by the square root of its pixel count, and always splits the box
 * with the largest weighted variance. The square root matters for our maps: the sea and land cover
 * most pixels, yet the few hundred pixels of fading red dots still get a ramp of their own instead
 * of two or three muddy shades. Each palette entry is the true mean colour of its box.
 *
 * <p>Every pixel maps through its bin to the nearest entry (in Oklab), so the same colour gets the
 * same index in every frame: the static basemap never flickers. No dithering: the map is flat
 * fills and thin lines, where dither noise would only cost bytes.
 */
final class GifPalette {
  private static final int BITS = 6;
  private static final int BINS = 1 << (3 * BITS);

  private final int[] colours;
  private final float[][] lab;
  private final byte[] binToIndex;
  private final Histogram histogram;

  /** Pixel counts and colour sums per bin, filled frame by frame. */
  static final class Histogram {
    private final long[] count = new long[BINS];
    private final long[] sumR = new long[BINS];
    private final long[] sumG = new long[BINS];
    private final long[] sumB = new long[BINS];

    void add(int[] pixels, int length) {
      for (int i = 0; i < length; i++) {
        int p = pixels[i];
        int bin = bin(p);
        count[bin]++;
        sumR[bin] += (p >> 16) & 0xFF;
        sumG[bin] += (p >> 8) & 0xFF;
        sumB[bin] += p & 0xFF;
      }
    }

    private int meanColour(int bin) {
      long n = count[bin];
      return (int) ((sumR[bin] + n / 2) / n) << 16 | (int) ((sumG[bin] + n / 2) / n) << 8 | (int) ((sumB[bin] + n / 2) / n);
    }
  }

  private GifPalette(int[] colours, Histogram histogram) {
    this.colours = colours;
    this.histogram = histogram;
    this.lab = new float[colours.length][];
    for (int i = 0; i < colours.length; i++) {
      lab[i] = oklab(colours[i]);
    }
    this.binToIndex = new byte[BINS];
    Arrays.fill(binToIndex, (byte) -1);
  }

  /** At most {@code maxColours} (1..256) colours for the pixels counted in {@code histogram}. */
  static GifPalette of(Histogram histogram, int maxColours) {
    if (maxColours < 1 || maxColours > 256) {
      throw new IllegalArgumentException("A GIF palette has 1..256 colours, got " + maxColours);
    }
    int[] bins = IntStream.range(0, BINS).filter(b -> histogram.count[b] > 0).toArray();
    if (bins.length == 0) {
      return new GifPalette(new int[] {0}, histogram);
    }
    float[][] points = new float[bins.length][];
    double[] weights = new double[bins.length];
    for (int i = 0; i < bins.length; i++) {
      points[i] = oklab(histogram.meanColour(bins[i]));
      weights[i] = Math.sqrt(histogram.count[bins[i]]);
    }
    PriorityQueue<Box> boxes = new PriorityQueue<>((a, b) -> Double.compare(b.score, a.score));
    int[] order = IntStream.range(0, bins.length).toArray();
    boxes.add(Box.of(order, 0, order.length, points, weights));
    List<Box> finished = new ArrayList<>();
    while (!boxes.isEmpty() && boxes.size() + finished.size() < maxColours) {
      Box box = boxes.poll();
      if (box.end - box.start < 2 || box.score <= 0) {
        finished.add(box);
        continue;
      }
      int cut = box.split(order, points, weights);
      boxes.add(Box.of(order, box.start, cut, points, weights));
      boxes.add(Box.of(order, cut, box.end, points, weights));
    }
    finished.addAll(boxes);
    int[] colours = new int[finished.size()];
    for (int i = 0; i < colours.length; i++) {
      Box box = finished.get(i);
      long n = 0;
      long r = 0;
      long g = 0;
      long b = 0;
      for (int k = box.start; k < box.end; k++) {
        int bin = bins[order[k]];
        n += histogram.count[bin];
        r += histogram.sumR[bin];
        g += histogram.sumG[bin];
        b += histogram.sumB[bin];
      }
      colours[i] = (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
    }
    return new GifPalette(colours, histogram);
  }

  /** The palette's colours as 0xRRGGBB; at most the number asked for. */
  int[] colours() {
    return colours.clone();
  }

  int size() {
    return colours.length;
  }

  /** The palette index for colour {@code rgb} (0xRRGGBB): the entry nearest to its bin. */
  int index(int rgb) {
    int bin = bin(rgb);
    int i = binToIndex[bin];
    if (i < 0) {
      // A bin the histogram never saw uses its own centre; counted bins use their true mean.
      int colour = histogram.count[bin] > 0 ? histogram.meanColour(bin) : rgb;
      i = nearest(oklab(colour));
      binToIndex[bin] = (byte) i;
    }
    return i & 0xFF;
  }

  private int nearest(float[] p) {
    int best = 0;
    double bestDistance = Double.MAX_VALUE;
    for (int i = 0; i < lab.length; i++) {
      double dl = p[0] - lab[i][0];
      double da = p[1] - lab[i][1];
      double db = p[2] - lab[i][2];
      double d = dl * dl + da * da + db * db;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  private static int bin(int rgb) {
    return ((rgb >> (24 - BITS)) & 0x3F) << (2 * BITS) | ((rgb >> (16 - BITS)) & 0x3F) << BITS | ((rgb >> (8 - BITS)) & 0x3F);
  }

  /** A run {@code order[start..end)} of bins, scored by weight x variance along its widest axis. */
  private static final class Box {
    final int start;
    final int end;
    final int axis;
    final double score;

    private Box(int start, int end, int axis, double score) {
      this.start = start;
      this.end = end;
      this.axis = axis;
      this.score = score;
    }

    static Box of(int[] order, int start, int end, float[][] points, double[] weights) {
      double w = 0;
      double[] sum = new double[3];
      double[] sq = new double[3];
      for (int k = start; k < end; k++) {
        float[] p = points[order[k]];
        double wk = weights[order[k]];
        w += wk;
        for (int c = 0; c < 3; c++) {
          sum[c] += wk * p[c];
          sq[c] += wk * p[c] * p[c];
        }
      }
      int axis = 0;
      double best = -1;
      for (int c = 0; c < 3; c++) {
        double variance = sq[c] / w - (sum[c] / w) * (sum[c] / w);
        if (variance > best) {
          best = variance;
          axis = c;
        }
      }
      return new Box(start, end, axis, w * Math.max(0, best));
    }

    /** Sorts the run along the axis and returns the weighted median cut (both halves non-empty). */
    int split(int[] order, float[][] points, double[] weights) {
      long[] keyed = new long[end - start];
      for (int k = start; k < end; k++) {
        int bits = Float.floatToIntBits(points[order[k]][axis]);
        int sortable = bits ^ ((bits >> 31) & 0x7FFFFFFF);
        keyed[k - start] = ((long) sortable << 32) | (order[k] & 0xFFFFFFFFL);
      }
      Arrays.sort(keyed);
      double total = 0;
      for (int k = 0; k < keyed.length; k++) {
        order[start + k] = (int) keyed[k];
        total += weights[order[start + k]];
      }
      double half = total / 2;
      double acc = 0;
      int cut = start + 1;
      for (int k = start; k < end - 1; k++) {
        acc += weights[order[k]];
        cut = k + 1;
        if (acc >= half) {
          break;
        }
      }
      return cut;
    }
  }

  /** sRGB 0xRRGGBB to Oklab (L 0..1). */
  static float[] oklab(int rgb) {
    double r = linear((rgb >> 16) & 0xFF);
    double g = linear((rgb >> 8) & 0xFF);
    double b = linear(rgb & 0xFF);
    double l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return new float[] {
      (float) (0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s),
      (float) (1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s),
      (float) (0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s),
    };
  }

  private static double linear(int c) {
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
