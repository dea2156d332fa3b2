package org.banmap.cli;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.banmap.basemap.GeoJsonReader;
import org.banmap.pipeline.PngFile;
import org.banmap.pipeline.StyleFiles;
import org.banmap.basemap.MapFeature;
import org.banmap.map.MapView;
import org.banmap.render.StyledMap;
import org.banmap.encode.PngWriter;
import org.banmap.style.MapStyle;
import org.banmap.style.StyleEnv;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code banmap style render}: GeoJSON features through SLD styles into a PNG, for tuning
 * basemap styles on one's own data and for comparing with other SLD renderers.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render GeoJSON files through SLD styles into a PNG: layers bottom first in the order given, the bbox mapped to the image with x right and y up (no reprojection), scale denominators from the bbox as degrees.",
    footer = {"", "Example:", "  banmap style render --layer countries.geojson=basemaps/light.sld --layer cities.geojson=my-points.sld \\",
        "      --bbox -25,34,45,72 --size 800x600 -o europe.png"})
final class StyleRenderCommand implements Callable<Integer> {
  record LayerArg(Path data, Path style) {}

  record Bbox(double minX, double minY, double maxX, double maxY) {}

  record PixelSize(int width, int height) {}

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--layer", required = true, paramLabel = "DATA.geojson=STYLE.sld", converter = LayerConverter.class,
      description = "A GeoJSON file and the SLD to draw it with (repeatable; the first is drawn at the bottom).")
  List<LayerArg> layers;

  @Option(names = "--bbox", required = true, paramLabel = "minX,minY,maxX,maxY", converter = BboxConverter.class,
      description = "The map rectangle in the data's units; all of it stays visible.")
  Bbox bbox;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600", converter = SizeConverter.class,
      description = "Image size in pixels (default: ${DEFAULT-VALUE}).")
  PixelSize size;

  @Option(names = "--background", paramLabel = "COLOUR", defaultValue = "#ffffff", converter = ColorConverter.class,
      description = "Colour under the layers, #rrggbb (default: ${DEFAULT-VALUE}).")
  Color background;

  @Option(names = "--allow-resource-dir", paramLabel = "DIR", description = "Another folder graphics may be read from (repeatable).")
  List<Path> allowResourceDirs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.png", description = "The PNG to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    PngFile.check(output);
    PrintWriter err = spec.commandLine().getErr();
    List<StyledMap.Layer> styled = new ArrayList<>();
    for (LayerArg layer : layers) {
      MapStyle style = StyleFiles.read(layer.style(), err);
      GeoJsonReader reader = new GeoJsonReader();
      List<MapFeature> features = reader.read(layer.data());
      if (reader.skipped() > 0) {
        err.println(String.format(Locale.ROOT, "banmap: %s: %d features without geometry skipped", layer.data(), reader.skipped()));
      }
      styled.add(StyledMap.Layer.of(style, features));
    }
    MapView view = MapView.ofDegrees(bbox.minX(), bbox.minY(), bbox.maxX(), bbox.maxY(), size.width(), size.height());
    BufferedImage image = new StyledMap(styled, allowResourceDirs)
        .image(view, background, StyleEnv.atScale(view.scaleDenominator()));
    PngWriter.writeAtomically(image, output);
    spec.commandLine().getOut().println(output);
    return 0;
  }

  static final class LayerConverter implements ITypeConverter<LayerArg> {
    @Override
    public LayerArg convert(String value) {
      int eq = value.lastIndexOf('=');
      if (eq <= 0 || eq == value.length() - 1) {
        throw new TypeConversionException("'" + value + "' is not DATA.geojson=STYLE.sld");
      }
      return new LayerArg(Path.of(value.substring(0, eq)), Path.of(value.substring(eq + 1)));
    }
  }

  static final class BboxConverter implements ITypeConverter<Bbox> {
    @Override
    public Bbox convert(String value) {
      String[] parts = value.split(",");
      if (parts.length != 4) {
        throw new TypeConversionException("'" + value + "' is not minX,minY,maxX,maxY");
      }
      double[] b = new double[4];
      try {
        for (int i = 0; i < 4; i++) {
          b[i] = Double.parseDouble(parts[i].trim());
        }
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not four numbers minX,minY,maxX,maxY");
      }
      if (!(b[0] < b[2] && b[1] < b[3]) || !java.util.Arrays.stream(b).allMatch(Double::isFinite)) {
        throw new TypeConversionException("'" + value + "': need minX < maxX and minY < maxY");
      }
      return new Bbox(b[0], b[1], b[2], b[3]);
    }
  }

  static final class SizeConverter implements ITypeConverter<PixelSize> {
    @Override
    public PixelSize convert(String value) {
      String[] parts = value.toLowerCase(Locale.ROOT).split("x");
      try {
        int w = Integer.parseInt(parts[0].trim());
        int h = Integer.parseInt(parts[1].trim());
        if (parts.length == 2 && w > 0 && h > 0 && w <= 16384 && h <= 16384) {
          return new PixelSize(w, h);
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        // fall through to the message below
      }
      throw new TypeConversionException("'" + value + "' is not WxH with sides from 1 to 16384, e.g. 800x600");
    }
  }

  static final class ColorConverter implements ITypeConverter<Color> {
    @Override
    public Color convert(String value) {
      String v = value.trim();
      if (v.matches("#[0-9a-fA-F]{6}")) {
        return new Color(Integer.parseInt(v.substring(1), 16));
      }
      throw new TypeConversionException("'" + value + "' is not a colour like #ffffff");
    }
  }
}
