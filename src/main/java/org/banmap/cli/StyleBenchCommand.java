package org.banmap.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.banmap.map.BoundingBox;
import org.banmap.pipeline.StyleFiles;
import org.banmap.geo.GeoPlace;
import org.banmap.geo.LocatedBan;
import org.banmap.ingest.BanEvent;
import org.banmap.ingest.SourceLine;
import org.banmap.map.BoundingBox;
import org.banmap.map.MapView;
import org.banmap.map.Projection;
import org.banmap.render.Background;
import org.banmap.render.FrameRenderer;
import org.banmap.style.MapStyle;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code banmap style bench}: how many styled ban points per second one core draws, on made-up
 * bans spread over the world, all visible in every frame. Not a test: the number depends on the
 * machine.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure styled points per second for a ban style on one core (made-up bans, all visible).",
    footer = {"", "Example:", "  banmap style bench --style rotated-dots --points 20000 --frames 50"})
final class StyleBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StyleOptions styles;

  @Option(names = "--points", defaultValue = "20000", description = "Bans visible in every frame (default: ${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--frames", defaultValue = "60", description = "Frames to time after a warm-up (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(names = "--size", defaultValue = "1280x720", converter = VideoSize.Converter.class, paramLabel = "WxH",
      description = "Frame size (default: ${DEFAULT-VALUE}).")
  VideoSize size;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path file = styles.banStyleFile();
    MapStyle style = StyleFiles.read(file, spec.commandLine().getErr());
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    Duration fade = Duration.ofDays(1);
    Timeline timeline = Timeline.of(bans(points, start, fade));
    FramePlan plan = new FramePlan(start.plus(fade), start.plus(fade).plusSeconds(frames), Math.max(2, frames), 30, fade.plusHours(1));
    MapView view = MapView.contain(Projection.PLATE_CARREE, BoundingBox.WORLD, size.width(), size.height());
    FrameRenderer renderer = new FrameRenderer(view, Background.filled(java.awt.Color.BLACK), timeline, plan, style,
        styles.allowedResourceDirs(), List.of());
    BufferedImage frame = renderer.newFrame();
    int warmUp = Math.max(5, frames / 5);
    for (int i = 0; i < warmUp; i++) {
      renderer.render(i % plan.frameCount(), frame);
    }
    long t0 = System.nanoTime();
    long drawn = 0;
    for (int i = 0; i < frames; i++) {
      int index = i % plan.frameCount();
      int[] w = renderer.window(index);
      drawn += w[1] - w[0];
      renderer.render(index, frame);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.println(String.format(Locale.ROOT, "%s: %,d points x %d frames at %dx%d on one core: %.1f ms/frame, %,.0f styled points/s",
        file.getFileName(), points, frames, size.width(), size.height(), seconds * 1000 / frames, drawn / seconds));
    return 0;
  }

  /** {@code n} bans at random places, all within the first hour so every frame shows all of them. */
  static List<LocatedBan> bans(int n, Instant start, Duration fade) throws UnknownHostException {
    SplittableRandom random = new SplittableRandom(42);
    String[] jails = {"sshd", "sshd", "sshd", "nginx-http-auth", "postfix-sasl", "recidive", "custom"};
    List<LocatedBan> bans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      InetAddress ip = InetAddress.getByAddress(new byte[] {(byte) 100, (byte) (i >> 16), (byte) (i >> 8), (byte) i});
      Instant t = start.plusMillis(random.nextLong(fade.toMillis()));
      GeoPlace place = new GeoPlace(random.nextDouble(-170, 170), random.nextDouble(-55, 70), "XX", "Nowhere", null, null);
      bans.add(new LocatedBan(new BanEvent(t, ip, jails[i % jails.length], new SourceLine(Path.of("bench.log"), i + 1)), place));
    }
    return bans;
  }
}
