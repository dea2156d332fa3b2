package org.banmap.cli;

import java.time.Duration;
import java.util.Locale;
import org.banmap.basemap.WorldAtlas;
import org.banmap.map.BoundingBox;
import org.banmap.pipeline.RenderSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** How the video looks: size, frame rate, length, fade and the map's extent. */
final class VideoOptions {
  @Option(
      names = "--size",
      paramLabel = "WxH",
      defaultValue = "1280x720",
      converter = VideoSize.Converter.class,
      description = "Video size: WxH with even sides, or 720p, 1080p, square, vertical (default: ${DEFAULT-VALUE}).")
  VideoSize size;

  @Option(names = "--fps", defaultValue = "30", description = "Frames per second (default: ${DEFAULT-VALUE}).")
  int fps;

  @Option(
      names = "--duration",
      paramLabel = "LENGTH",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "Video length; the whole time span of the data is spread over it, e.g. 30s, 1m, 90s (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--fade",
      paramLabel = "TIME",
      defaultValue = "1d",
      converter = DurationConverter.class,
      description = "How long a ban stays visible in data time, its opacity falling linearly to 0, e.g. 6h, 1d, 3d (default: ${DEFAULT-VALUE}).")
  Duration fade;

  @Option(
      names = "--bbox",
      paramLabel = "W,S,E,N",
      converter = BboxConverter.class,
      description = "Map extent minLon,minLat,maxLon,maxLat in degrees, e.g. -25,34,45,72 for Europe (default: the world). The whole box stays visible; extra room shows ocean.")
  BoundingBox bbox = BoundingBox.WORLD;

  @Option(
      names = "--basemap-detail",
      paramLabel = "LEVEL",
      defaultValue = "auto",
      converter = DetailConverter.class,
      description = "Natural Earth detail: 110m, 50m, 10m or auto (by zoom) (default: ${DEFAULT-VALUE}).")
  Detail basemapDetail;

  /** A {@code --basemap-detail} value: a resolution, or {@code null} for auto. */
  record Detail(WorldAtlas.Resolution resolution) {}

  @Option(names = "--no-overlay", description = "Leave out the clock, counters, activity strip and attribution.")
  boolean noOverlay;

  /**
   * The frames part of the settings.
   *
   * @throws ParameterException for values that are wrong only together (fps and duration)
   */
  RenderSettings.Frames frames(CommandSpec spec) {
    try {
      return new RenderSettings.Frames(size.width(), size.height(), fps, duration, fade, bbox,
          basemapDetail.resolution(), !noOverlay);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static final class DetailConverter implements ITypeConverter<Detail> {
    @Override
    public Detail convert(String value) {
      if (value.trim().equalsIgnoreCase("auto")) {
        return new Detail(null);
      }
      try {
        return new Detail(WorldAtlas.Resolution.parse(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a basemap detail; use 110m, 50m, 10m or auto");
      }
    }
  }

  /** {@code W,S,E,N}; a box whose west edge lies east of its east edge gets told why it cannot be drawn yet. */
  static final class BboxConverter implements ITypeConverter<BoundingBox> {
    @Override
    public BoundingBox convert(String value) {
      String[] parts = value.split(",");
      if (parts.length == 4) {
        try {
          double west = Double.parseDouble(parts[0].trim());
          double east = Double.parseDouble(parts[2].trim());
          if (west > east) {
            throw new TypeConversionException(antimeridian(value, parts));
          }
        } catch (NumberFormatException e) {
          // BoundingBox.parse names the value that is not a number
        }
      }
      try {
        return BoundingBox.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static String antimeridian(String value, String[] parts) {
    String w = parts[0].trim();
    String s = parts[1].trim();
    String e = parts[2].trim();
    String n = parts[3].trim();
    return String.format(Locale.ROOT,
        "%s has its west edge %s east of its east edge %s, so it would cross the 180° meridian;"
            + " banmap's maps run from -180 to 180 and cannot wrap around yet (Pacific-centred views are planned):"
            + " use a box that goes the other way round, e.g. -180,%s,180,%s, or render the two sides separately"
            + " (%s,%s,180,%s and -180,%s,%s,%s)", value, w, e, s, n, w, s, n, s, e, n);
  }
}
