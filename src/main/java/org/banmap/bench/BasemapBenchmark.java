package org.banmap.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banmap.basemap.Basemap;
import org.banmap.basemap.WorldAtlas;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.BasemapBackground;
import org.banmap.style.MapStyle;

/**
 * How long the video background takes: the 50m world drawn through a basemap style, the first
 * time (simplifying the shapes for the scale, then drawing) and warm (a new view at the same scale,
 * as a moving camera asks for each frame: drawing only), the best of a few runs after a warm-up:
 * the least disturbed by other work on the machine.
 */
public final class BasemapBenchmark {
  private static final int WARM_RUNS = 7;
  /** Draws before the timed ones, so the JIT has compiled the painter. */
  private static final int WARM_UP = 6;

  private BasemapBenchmark() {}

  /** One row per size: markdown, like the rest of {@code banmap benchmark}'s output. */
  public static void print(List<Benchmark.Size> sizes, MapStyle style, PrintWriter out) {
    Basemap basemap = WorldAtlas.load(WorldAtlas.Resolution.MEDIUM_50M);
    out.println();
    out.println("| basemap | view | first draw | warm draw (new view, same scale, best of " + WARM_RUNS + ") |");
    out.println("|---|---|---:|---:|");
    for (Benchmark.Size size : sizes) {
      double[] ms = measure(basemap, style, size.widthPx(), size.heightPx());
      out.println(String.format(Locale.ROOT, "| 50m world | %dx%d | %.0f ms | %.0f ms |", size.widthPx(),
          size.heightPx(), ms[0], ms[1]));
    }
    out.flush();
  }

  /** Milliseconds of the first draw and the best warm draw. */
  static double[] measure(Basemap basemap, MapStyle style, int width, int height) {
    BasemapBackground background = BasemapBackground.of(basemap, style, List.of());
    MapView world = MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, width, height);
    long start = System.nanoTime();
    background.image(world);
    double first = (System.nanoTime() - start) / 1e6;
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < WARM_UP + WARM_RUNS; i++) {
      // Each a new view: panned by a few degrees, so nothing comes from the image cache.
      MapView view = world.withCenter(world.centerX() + 3 * (i + 1), world.centerY());
      long t = System.nanoTime();
      background.image(view);
      if (i >= WARM_UP) {
        warm.add((System.nanoTime() - t) / 1e6);
      }
    }
    return new double[] {first, warm.stream().mapToDouble(Double::doubleValue).min().orElseThrow()};
  }
}
