package org.banmap.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.banmap.basemap.WorldAtlas;
import org.banmap.encode.EncoderSettings;
import org.banmap.encode.OutputFormat;
import org.banmap.map.BoundingBox;
import org.banmap.timeline.BanSelection;

/**
 * Everything one run of the pipeline needs, decided before any input is read: which logs and
 * bans, how the frames look, which styles draw them, how they are encoded and where the files go.
 * The command line builds and checks it at parse time; the benchmark builds it directly. Each part
 * checks its own values when built, so a settings object that exists is a valid one.
 */
public record RenderSettings(Input input, Frames frames, Styles styles, EncoderSettings encoder, Outputs outputs) {
  public RenderSettings {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(styles, "styles");
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(outputs, "outputs");
  }

  /**
   * The fail2ban logs ({@code -} is standard input), the GeoIP database, the zone of the logs'
   * local timestamps (also the on-screen clock's), whether restart re-bans stay, and which bans
   * to use.
   */
  public record Input(List<Path> logs, Path geoipDatabase, ZoneId zone, boolean keepRestarts, BanSelection selection) {
    public Input {
      logs = List.copyOf(logs);
      Objects.requireNonNull(geoipDatabase, "geoipDatabase");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(selection, "selection");
      if (logs.isEmpty()) {
        throw new IllegalArgumentException("no log files given");
      }
    }
  }

  /**
   * How the frames look: size, rate, video length (the data's time span is spread over it), how
   * long a ban stays visible, the map's extent, the basemap's detail ({@code null}: chosen by zoom)
   * and whether the clock, counters and attribution are drawn.
   */
  public record Frames(int widthPx, int heightPx, int fps, Duration duration, Duration fade, BoundingBox bbox,
      WorldAtlas.Resolution basemapDetail, boolean overlay) {
    public static final int MAX_FPS = 240;
    public static final long MAX_FRAMES = 1_000_000;

    public Frames {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(fade, "fade");
      Objects.requireNonNull(bbox, "bbox");
      if (widthPx < 1 || heightPx < 1) {
        throw new IllegalArgumentException("frame size must be positive, got " + widthPx + "x" + heightPx);
      }
      if (fps < 1 || fps > MAX_FPS) {
        throw new IllegalArgumentException("--fps must be between 1 and " + MAX_FPS + ", got " + fps);
      }
      if (duration.isNegative() || duration.isZero() || fade.isNegative() || fade.isZero()) {
        throw new IllegalArgumentException("--duration and --fade must be longer than zero");
      }
      long frames = Math.round(duration.toNanos() / 1e9 * fps);
      if (frames > MAX_FRAMES) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "--duration %s at %d fps is %,d frames; the limit is %,d", duration, fps, frames, MAX_FRAMES));
      }
    }
  }

  /** The SLD files for the bans and the basemap, and the extra folders their graphics may come from. */
  public record Styles(Path banStyle, Path basemapStyle, List<Path> allowedResourceDirs) {
    public Styles {
      Objects.requireNonNull(banStyle, "banStyle");
      Objects.requireNonNull(basemapStyle, "basemapStyle");
      allowedResourceDirs = List.copyOf(allowedResourceDirs);
    }

    /** The bundled default styles ({@value BundledStyles#DEFAULT_BAN_STYLE} on {@value BundledStyles#DEFAULT_BASEMAP_STYLE}). */
    public static Styles defaults() {
      return new Styles(BundledStyles.banStyle(BundledStyles.DEFAULT_BAN_STYLE),
          BundledStyles.basemapStyle(BundledStyles.DEFAULT_BASEMAP_STYLE), List.of());
    }
  }

  /**
   * Where the files go: the video (or PNG-frame folder) in {@code format}, and optionally a poster
   * PNG and an HTML snippet. {@code video} is null when only single frames are written ({@code
   * preview}).
   */
  public record Outputs(Path video, OutputFormat format, Path poster, Path html) {
    public Outputs {
      if ((video == null) != (format == null)) {
        throw new IllegalArgumentException("a video output needs its format, and only then");
      }
      if (html != null && format != OutputFormat.MP4) {
        throw new IllegalArgumentException("--html needs an MP4 video (-o NAME.mp4)");
      }
      if (html != null && poster == null) {
        throw new IllegalArgumentException("--html needs a poster path (NAME-poster.png by default)");
      }
    }

    /** No video, poster or snippet: the run writes single frames only. */
    public static Outputs none() {
      return new Outputs(null, null, null, null);
    }

    /** The poster {@code --html} implies beside the video when no {@code --poster} is given: NAME-poster.png. */
    public static Path impliedPoster(Path video) {
      String name = video.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      return video.resolveSibling(stem + "-poster.png");
    }
  }
}
