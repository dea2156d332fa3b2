package org.banmap.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.banmap.testing.Golden;
import org.junit.jupiter.api.Test;

class PointSymbolTest {
  private static final Color RED = new Color(0xd7191c);
  private static final BasicStroke ONE = new BasicStroke(1);

  static MarkSymbol mark(String name, double size) {
    return new MarkSymbol(MarkShape.named(name).orElseThrow(), size, RED, Color.BLACK, ONE);
  }

  static MarkSymbol filledOnly(String name, double size) {
    return new MarkSymbol(MarkShape.named(name).orElseThrow(), size, Color.BLACK, null, null);
  }

  private static BufferedImage draw(Symbol s, SymbolPlacement p, double x, double y) {
    BufferedImage img = Canvas.blank(64, 64);
    Graphics2D g = Canvas.graphics(img);
    new PointStyleInstance(s, p).paint(g, x, y);
    g.dispose();
    return img;
  }

  @Test
  void sizeIsTheSymbolHeight() {
    Rectangle circle = Canvas.inked(draw(filledOnly("circle", 16), SymbolPlacement.CENTRED, 32, 32), 40);
    assertEquals(16, circle.height, 1);
    assertEquals(16, circle.width, 1);
    Rectangle triangle = Canvas.inked(draw(filledOnly("triangle", 16), SymbolPlacement.CENTRED, 32, 32), 40);
    assertEquals(16, triangle.height, 1);
    assertTrue(triangle.width > triangle.height, "an equilateral triangle is wider than tall: " + triangle);
  }

  @Test
  void displacementPlusYMovesThePointSymbolDown() {
    double[] base = Canvas.centroid(draw(filledOnly("square", 8), SymbolPlacement.CENTRED, 20, 20));
    double[] moved = Canvas.centroid(draw(filledOnly("square", 8), new SymbolPlacement(0.5, 0.5, 10, 10, 0), 20, 20));
    assertEquals(10, moved[0] - base[0], 0.05);
    assertEquals(10, moved[1] - base[1], 0.05, "+Y displacement moves point graphics down (GeoTools)");
  }

  @Test
  void rotationIsClockwiseSoNinetyDegreesTurnsATriangleToPointRight() {
    BufferedImage img = draw(filledOnly("triangle", 20), SymbolPlacement.CENTRED.withRotation(90), 32, 32);
    Rectangle box = Canvas.inked(img, 40);
    assertTrue(box.width < box.height, "rotated triangle lies on its side: " + box);
    double[] c = Canvas.centroid(img);
    // The apex points right, so the ink's mass sits left of the box centre (towards the base).
    assertTrue(c[0] < box.getCenterX() - 1, "apex should point right; centroid " + c[0] + " box " + box);
  }

  @Test
  void anchorZeroZeroPutsThePointAtTheBottomLeftCorner() {
    Rectangle box = Canvas.inked(draw(filledOnly("square", 10), new SymbolPlacement(0, 0, 0, 0, 0), 30, 30), 128);
    assertEquals(30, box.x);
    assertEquals(30, box.y + box.height, "bottom edge at the point");
    Rectangle topRight = Canvas.inked(draw(filledOnly("square", 10), new SymbolPlacement(1, 1, 0, 0, 0), 30, 30), 128);
    assertEquals(30, topRight.x + topRight.width);
    assertEquals(30, topRight.y);
  }

  @Test
  void rotationTurnsAboutTheAnchor() {
    // Anchored at its bottom-left and turned 90° clockwise, a square hangs below-right... of the point.
    Rectangle box = Canvas.inked(draw(filledOnly("square", 10), new SymbolPlacement(0, 0, 0, 0, 90), 30, 30), 128);
    assertEquals(new Rectangle(30, 30, 10, 10), box);
  }

  @Test
  void fillAndStrokeAreCompositedSeparately() {
    // Half-transparent fill under an opaque stroke: the stroke is fully dark, the fill is pink.
    MarkSymbol s = new MarkSymbol(MarkShape.named("square").orElseThrow(), 20,
        new Color(255, 0, 0, 128), new Color(0, 0, 255, 255), new BasicStroke(4));
    BufferedImage img = draw(s, SymbolPlacement.CENTRED, 32, 32);
    assertEquals(new Color(255, 127, 127).getRGB(), img.getRGB(32, 32), "fill at half opacity over white");
    assertEquals(new Color(0, 0, 255).getRGB(), img.getRGB(22, 32), "stroke at full opacity over the fill");
  }

  @Test
  void unknownMarksAreEmptyAndNamesIgnoreCase() {
    assertTrue(MarkShape.named("Circle").isPresent());
    assertTrue(MarkShape.named("SHAPE://slash").isPresent());
    assertTrue(MarkShape.named("diamondoid").isEmpty());
    assertEquals("square", MarkShape.named(null).orElseThrow().name());
  }

  @Test
  void goldenEveryMark() {
    List<String> names = List.of("circle", "square", "triangle", "star", "cross", "x", "arrow",
        "shape://vertline", "shape://horline", "shape://slash", "shape://backslash", "shape://dot",
        "shape://plus", "shape://times", "shape://oarrow", "shape://carrow");
    BufferedImage img = Canvas.blank(8 * 24, 2 * 24);
    Graphics2D g = Canvas.graphics(img);
    for (int i = 0; i < names.size(); i++) {
      MarkSymbol m = new MarkSymbol(MarkShape.named(names.get(i)).orElseThrow(), 16, RED, Color.BLACK,
          new BasicStroke(names.get(i).equals("shape://dot") ? 5 : 1.5f));
      new PointStyleInstance(m, SymbolPlacement.CENTRED).paint(g, 12 + 24 * (i % 8), 12 + 24 * (i / 8));
    }
    g.dispose();
    Golden.assertMatches("paint-marks", img);
  }

  @Test
  void goldenAnchorDisplacementRotation() {
    BufferedImage img = Canvas.blank(160, 48);
    Graphics2D g = Canvas.graphics(img);
    SymbolPlacement[] cases = {
        SymbolPlacement.CENTRED, new SymbolPlacement(0, 0, 0, 0, 0), new SymbolPlacement(1, 1, 0, 0, 0),
        new SymbolPlacement(0.5, 0.5, 8, 8, 0), new SymbolPlacement(0.5, 0, 0, 0, 30)};
    for (int i = 0; i < cases.length; i++) {
      double x = 16 + 32 * i;
      new PointStyleInstance(mark("triangle", 16), cases[i]).paint(g, x, 24);
      g.setColor(Color.BLUE);
      g.fill(new java.awt.geom.Ellipse2D.Double(x - 1.5, 22.5, 3, 3));
    }
    g.dispose();
    Golden.assertMatches("paint-placement", img);
  }
}
