package org.banmap.cli;

import java.time.Duration;
import org.banmap.map.BoundingBox;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
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
      description = "Natural Earth detail: 110m, 50m, 10m or auto (by zoom) (default: ${DEFAULT-VALUE}).")
  String basemapDetail;

  @Option(names = "--no-overlay", description = "Leave out the clock, counters, activity strip and attribution.")
  boolean noOverlay;

  void validate() {
    if (fps < 1 || fps > 240) {
      throw new IllegalArgumentException("--fps must be between 1 and 240, got " + fps);
    }
    long frames = Math.round(duration.toNanos() / 1e9 * fps);
    if (frames > 1_000_000) {
      throw new IllegalArgumentException("--duration " + duration + " at " + fps + " fps is " + frames + " frames; the limit is 1,000,000");
    }
  }

  static final class BboxConverter implements ITypeConverter<BoundingBox> {
    @Override
    public BoundingBox convert(String value) {
      try {
        return BoundingBox.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
