package org.banmap.render.style;

import static org.banmap.render.style.Sld.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.banmap.map.MapView;
import org.banmap.style.ColorMap;
import org.banmap.style.Location;
import org.banmap.style.RasterSymbolizer;
import org.banmap.style.StyleEnv;
import org.banmap.style.Uom;
import org.banmap.style.VendorOptions;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.Test;

class RasterPainterTest {
  /** 100 columns from 0 to 99 (west to east), 20 rows; the top-left cell is no-data. */
  private static FloatGrid ramp() {
    float[] v = new float[100 * 20];
    for (int r = 0; r < 20; r++) {
      for (int c = 0; c < 100; c++) {
        v[r * 100 + c] = c;
      }
    }
    v[0] = -9999;
    return new FloatGrid(100, 20, v, 0, 0, 100, 20, -9999);
  }

  private static RasterSymbolizer symbolizer(ColorMap.Type type, double opacity) {
    ColorMap map = new ColorMap(type, false, List.of(
        entry(0x2b83ba, 0), entry(0xffffbf, 50), entry(0xd7191c, 80)));
    return new RasterSymbolizer(Optional.empty(), Uom.PIXEL, lit(opacity), Optional.of(map), VendorOptions.NONE,
        Location.NONE);
  }

  private static ColorMap.Entry entry(int rgb, double q) {
    return new ColorMap.Entry(lit(new Color(rgb)), lit(1.0), lit(q), null);
  }

  private static BufferedImage render(RasterSymbolizer sym) {
    BufferedImage img = Canvas.blank(100, 20);
    Graphics2D g = Canvas.graphics(img);
    new StylePainter(GraphicLoader.none()).paintRaster(g, MapView.ofMetres(0, 0, 100, 20, 100, 20), ramp(), sym,
        StyleEnv.EMPTY);
    g.dispose();
    return img;
  }

  @Test
  void rampInterpolatesLinearlyAndClampsPastTheEnds() {
    BufferedImage img = render(symbolizer(ColorMap.Type.RAMP, 1));
    assertEquals(0x2b83ba, img.getRGB(0, 10) & 0xffffff);
    assertEquals(0xffffbf, img.getRGB(50, 10) & 0xffffff);
    assertEquals(new Color(0xeb, 0x8c, 0x6e).getRGB() & 0xffffff, img.getRGB(65, 10) & 0xffffff, "half way 50..80");
    assertEquals(0xd7191c, img.getRGB(99, 10) & 0xffffff);
    assertEquals(0xffffff, img.getRGB(0, 0) & 0xffffff, "no-data is transparent");
    Golden.assertMatches("paint-raster-ramp", img);
  }

  @Test
  void intervalsTakeTheFirstEntryAboveAndValuesMatchExactly() {
    BufferedImage intervals = render(symbolizer(ColorMap.Type.INTERVALS, 1));
    assertEquals(0xffffbf, intervals.getRGB(10, 10) & 0xffffff, "10 < 50");
    assertEquals(0xd7191c, intervals.getRGB(50, 10) & 0xffffff, "50 < 80");
    assertEquals(0xffffff, intervals.getRGB(90, 10) & 0xffffff, "past the last entry: nothing");
    BufferedImage values = render(symbolizer(ColorMap.Type.VALUES, 1));
    assertEquals(0xffffbf, values.getRGB(50, 10) & 0xffffff);
    assertEquals(0xffffff, values.getRGB(51, 10) & 0xffffff);
  }

  @Test
  void opacityAppliesToTheWholeImage() {
    BufferedImage img = render(symbolizer(ColorMap.Type.RAMP, 0.5));
    // #d7191c at half opacity over white.
    assertTrue(Golden.channelDistance(0xeb8c8e, img.getRGB(99, 10)) <= 1, Integer.toHexString(img.getRGB(99, 10)));
  }
}
