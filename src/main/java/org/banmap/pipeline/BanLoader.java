package org.banmap.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.banmap.geo.BanGeocoder;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.LocatedBans;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.ingest.EventKind;
import org.banmap.ingest.Fail2banLogReader;
import org.banmap.ingest.IngestResult;
import org.banmap.ingest.LogInputs;
import org.banmap.report.Progress;
import org.banmap.report.RunSummary;
import org.banmap.report.UserError;
import org.banmap.timeline.BanSelection;

/**
 * Runs the ingest and geo stages and the user's selection, recording each in the summary (stage
 * times under "ingest" and "geo") and in the {@link RunState}.
 */
public final class BanLoader {
  private final RunSummary summary;
  private final PrintWriter err;
  private final boolean quiet;
  private final RunState state;

  public BanLoader(RunSummary summary, PrintWriter err, boolean quiet, RunState state) {
    this.summary = summary;
    this.err = err;
    this.quiet = quiet;
    this.state = state;
  }

  /** Reads, locates and selects the bans of {@code input}, with its GeoIP database. */
  public LoadedBans load(RenderSettings.Input input) {
    try (GeoLocator locator = MaxMindGeoLocator.open(input.geoipDatabase())) {
      return load(input, locator);
    }
  }

  /**
   * Reads, locates and selects the bans of {@code input}.
   *
   * @throws UserError when the selection ({@code --jail}, {@code --from/--to}) removes every
   *     located ban, saying what it removed
   */
  public LoadedBans load(RenderSettings.Input input, GeoLocator locator) {
    boolean keepRestarts = input.keepRestarts();
    Fail2banLogReader reader = new Fail2banLogReader(input.zone(), keepRestarts, summary.problems());
    LogInputs inputs = LogInputs.resolve(input.logs());
    for (LogInputs.FolderPick folder : inputs.folders()) {
      summary.line("folder", folder.describe());
    }
    state.stage("ingest");
    IngestResult ingest = summary.time("ingest", () -> {
      try (Progress p = progress("ingest", "bytes", inputs.totalBytes())) {
        return reader.read(inputs, p);
      }
    });
    int newBans = ingest.bans().size();
    state.bansLoaded(newBans);
    summary.line("input", String.format(Locale.ROOT, "%,d %s, %,d lines, %s", ingest.filesRead(),
        ingest.filesRead() == 1 ? "file" : "files", ingest.linesRead(), RunSummary.bytes(ingest.bytesRead())));
    summary.line("events", events(ingest.events()));
    String excluded = excluded(ingest, keepRestarts);
    if (!excluded.isEmpty()) {
      summary.line("excluded", excluded);
    }
    // Keep the counts, not the bans: from here on the bans are located columns, and the ingest
    // columns can be collected before the frames are drawn (the geo stage holds the only reference).
    IngestResult counts = ingest.withoutBans();
    AtomicReference<IngestResult> held = new AtomicReference<>(ingest);
    ingest = null;
    LocatedBans located = locate(held, locator);

    BanSelection selection = input.selection();
    LocatedBans selected = selection.apply(located);
    if (selected.isEmpty() && !located.isEmpty()) {
      throw new UserError(selection.explainNoneMatched(located, input.zone()));
    }
    if (selected.size() != located.size()) {
      summary.line("selected", String.format(Locale.ROOT, "%,d of %,d located bans (--from/--to/--jail)",
          selected.size(), located.size()));
    }
    return new LoadedBans(counts, newBans, located, selected, locator.attribution());
  }

  /** Locates the bans of {@code ingest}, which it empties so that only the geo stage holds them. */
  private LocatedBans locate(AtomicReference<IngestResult> ingest, GeoLocator locator) {
    state.stage("geo");
    BanGeocoder.Result geo = summary.time("geo",
        () -> new BanGeocoder().geocode(ingest.getAndSet(null).bans(), locator, summary.problems()));
    LocatedBans located = geo.located();
    summary.line("geo", String.format(Locale.ROOT, "%,d located · %,d private/reserved · %,d not in database (%s)",
        located.size(), geo.privateOrReserved(), geo.notInDatabase(), locator.attribution()));
    return located;
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
