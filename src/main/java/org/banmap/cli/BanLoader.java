package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.banmap.geo.BanGeocoder;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.LocatedBans;
import org.banmap.ingest.EventKind;
import org.banmap.ingest.Fail2banLogReader;
import org.banmap.ingest.IngestResult;
import org.banmap.report.Progress;
import org.banmap.report.RunSummary;
import org.banmap.timeline.BanSelection;

/** Runs the ingest and geo stages and the user's selection, recording each in the summary. */
final class BanLoader {
  private final RunSummary summary;
  private final PrintWriter err;
  private final boolean quiet;

  BanLoader(RunSummary summary, PrintWriter err, boolean quiet) {
    this.summary = summary;
    this.err = err;
    this.quiet = quiet;
  }

  LoadedBans load(List<Path> logs, GeoLocator locator, ZoneId zone, boolean keepRestarts, BanSelection selection) {
    Fail2banLogReader reader = new Fail2banLogReader(zone, keepRestarts, summary.problems());
    IngestResult ingest = summary.time("ingest", () -> {
      try (Progress p = progress("ingest", "bytes", Fail2banLogReader.totalBytes(logs))) {
        return reader.read(logs, p);
      }
    });
    summary.line("input", String.format(Locale.ROOT, "%,d files, %,d lines, %s",
        ingest.filesRead(), ingest.linesRead(), RunSummary.bytes(ingest.bytesRead())));
    summary.line("events", events(ingest.events()));
    String excluded = excluded(ingest, keepRestarts);
    if (!excluded.isEmpty()) {
      summary.line("excluded", excluded);
    }

    BanGeocoder.Result geo = summary.time("geo", () -> new BanGeocoder().geocode(ingest.bans(), locator, summary.problems()));
    LocatedBans located = geo.located();
    summary.line("geo", String.format(Locale.ROOT, "%,d located · %,d private/reserved · %,d not in database (%s)",
        located.size(), geo.privateOrReserved(), geo.notInDatabase(), locator.attribution()));

    LocatedBans selected = selection.apply(located);
    if (selected.size() != located.size()) {
      summary.line("selected", String.format(Locale.ROOT, "%,d of %,d located bans (--from/--to/--jail)",
          selected.size(), located.size()));
    }
    // Keep the counts, not the events: from here on the bans are columns (a few bytes each), and
    // the event objects (tens of bytes each) can be collected before the frames are drawn.
    IngestResult counts = new IngestResult(List.of(), ingest.events(), ingest.restartBansExcluded(),
        ingest.duplicateEvents(), ingest.filesRead(), ingest.linesRead(), ingest.bytesRead());
    return new LoadedBans(counts, ingest.bans().size(), located, selected, locator.attribution());
  }

  private Progress progress(String stage, String unit, long total) {
    return quiet ? Progress.silent() : Progress.start(err, stage, unit, total);
  }

  private static String excluded(IngestResult ingest, boolean keepRestarts) {
    StringBuilder sb = new StringBuilder();
    if (ingest.restartBansExcluded() > 0) {
      sb.append(String.format(Locale.ROOT, "%,d restart re-bans%s", ingest.restartBansExcluded(),
          keepRestarts ? "" : " (--keep-restarts keeps them)"));
    }
    if (ingest.duplicateEvents() > 0) {
      sb.append(sb.length() > 0 ? " · " : "").append(String.format(Locale.ROOT,
          "%,d duplicate events (seen in more than one file)", ingest.duplicateEvents()));
    }
    return sb.toString();
  }

  static String events(Map<EventKind, Long> events) {
    StringBuilder sb = new StringBuilder();
    for (EventKind kind : EventKind.values()) {
      long n = events.getOrDefault(kind, 0L);
      if (n == 0 && kind != EventKind.BAN) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(" · ");
      }
      sb.append(String.format(Locale.ROOT, "%,d %s", n, kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    return sb.toString();
  }
}
