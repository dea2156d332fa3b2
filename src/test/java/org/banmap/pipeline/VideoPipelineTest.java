package org.banmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.banmap.encode.EncoderSettings;
import org.banmap.map.BoundingBox;
import org.banmap.geo.LocatedBan;
import org.banmap.geo.LocatedBans;
import org.banmap.render.FrameRenderer;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import org.banmap.testing.Bans;
import org.banmap.timeline.BanSelection;
import org.junit.jupiter.api.Test;

/** The time span the pipeline gives a video, on bans made in the test (no logs, no GeoIP). */
class VideoPipelineTest {
  private static final RenderSettings.Frames SMALL = new RenderSettings.Frames(160, 90, 10, Duration.ofSeconds(3),
      Duration.ofDays(1), BoundingBox.WORLD, null, false);

  private record Run(FrameRenderer renderer, String err) {}

  private static Run renderer(List<LocatedBan> bans, BanSelection selection) {
    RenderSettings.Input input = new RenderSettings.Input(List.of(Path.of("unused.log")), Path.of("unused.mmdb"),
        ZoneOffset.UTC, false, selection);
    RenderSettings settings = new RenderSettings(input, SMALL, RenderSettings.Styles.defaults(),
        EncoderSettings.defaults(), RenderSettings.Outputs.none());
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);
    RunSummary summary = new RunSummary("test", new Problems());
    FrameRenderer renderer = new VideoPipeline(settings, summary, errWriter, true, new RunState())
        .renderer(new LoadedBans(null, bans.size(), LocatedBans.of(bans), selection.apply(LocatedBans.of(bans)), "test-db"));
    summary.print(errWriter);
    return new Run(renderer, err.toString());
  }

  /** A ban every six hours through October 2026, plus the given ones. */
  private static List<LocatedBan> october(String... extra) {
    List<LocatedBan> bans = new ArrayList<>();
    for (int day = 1; day <= 31; day++) {
      for (int hour = 0; hour < 24; hour += 6) {
        bans.add(Bans.at(String.format("2026-10-%02dT%02d:00:00Z", day, hour), 2.35, 48.85));
      }
    }
    for (String time : extra) {
      bans.add(Bans.at(time, 2.35, 48.85));
    }
    return bans;
  }

  @Test
  void outlierTimestampsDoNotStretchTheVideo() {
    Run run = renderer(october("0001-01-01T00:00:00Z", "9999-12-31T23:00:00Z"), BanSelection.ALL);
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), run.renderer().plan().start());
    assertEquals(Instant.parse("2026-10-31T18:00:00Z"), run.renderer().plan().end());
    assertTrue(run.err().contains("banmap: warning: 2 bans lie far outside the bulk of the data"
        + " (0001-01-01 00:00, 9999-12-31 23:00)"), run.err());
    assertTrue(run.err().contains("span  2026-10-01 00:00 .. 2026-10-31 18:00 UTC (bulk of the data; 2 outlier bans"
        + " outside it, 0001-01-01 00:00, 9999-12-31 23:00: --from/--to to include them)"), run.err());
  }

  @Test
  void fromAndToTakeTheOutliersBack() {
    Run run = renderer(october("0001-01-01T00:00:00Z"),
        new BanSelection(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), Set.of()));
    assertEquals(Instant.parse("0001-01-01T00:00:00Z"), run.renderer().plan().start());
    assertTrue(run.err().contains("(--from/--to)"), run.err());
    assertTrue(!run.err().contains("warning"), run.err());
  }

  @Test
  void dataWithoutOutliersSpansFirstToLastBan() {
    Run run = renderer(october(), BanSelection.ALL);
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), run.renderer().plan().start());
    assertEquals(Instant.parse("2026-10-31T18:00:00Z"), run.renderer().plan().end());
    assertTrue(run.err().contains("span  2026-10-01 00:00 .. 2026-10-31 18:00 UTC (first to last ban)"), run.err());
  }
}
