package org.banmap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.banmap.geo.CountryTable;
import org.banmap.pipeline.BanLoader;
import org.banmap.pipeline.LoadedBans;
import org.banmap.pipeline.RenderSettings;
import org.banmap.report.Problems;
import org.banmap.report.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code banmap stats}: the bans-per-country table on stdout. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Print bans per country (country, ISO code, bans, distinct IPs, share) and totals.",
    footer = {"", "Example:", "  banmap stats --geoip GeoLite2-City.mmdb --top 10 --format markdown /var/log/fail2ban.log*"})
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand BanMapCommand root;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin SelectionOptions selection;

  @Option(names = "--top", defaultValue = "15", paramLabel = "N", description = "Countries to list; the rest are summed as Other (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, markdown or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    CountryTable.Format tableFormat = parseFormat();
    if (top < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
    }
    RenderSettings.Input in = input.input(spec, selection);
    PrintWriter err = spec.commandLine().getErr();
    RunSummary summary = new RunSummary("banmap stats", new Problems());
    boolean done = false;
    try {
      LoadedBans bans = new BanLoader(summary, err, common.quiet, root.runState()).load(in);
      long newBans = bans.newBans();
      CountryTable.Totals totals = new CountryTable.Totals(
          bans.ingest().linesRead(), newBans, bans.located().size(), newBans - bans.located().size());
      CountryTable.of(bans.selected(), top, totals).print(spec.commandLine().getOut(), tableFormat);
      done = true;
    } finally {
      summary.print(err, done);
    }
    return 0;
  }

  private CountryTable.Format parseFormat() {
    try {
      return CountryTable.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format must be text, markdown or csv, got '" + format + "'");
    }
  }
}
