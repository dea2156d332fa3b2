package org.banmap.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.banmap.timeline.BanSelection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which bans to use: a time range and jails. */
final class SelectionOptions {
  @Option(
      names = "--from",
      paramLabel = "TIME",
      converter = TimeArgument.Converter.class,
      description = "Only bans at or after TIME (ISO date or date-time, with or without offset; without one it is in --log-zone).")
  TimeArgument from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      converter = TimeArgument.Converter.class,
      description = "Only bans at or before TIME (a bare date includes that whole day).")
  TimeArgument to;

  @Option(names = "--jail", paramLabel = "NAME", description = "Only bans in this jail (repeatable).")
  List<String> jails = new ArrayList<>();

  /**
   * The selection, with offset-less times read in {@code zone}.
   *
   * @throws ParameterException when --from is later than --to
   */
  BanSelection selection(CommandSpec spec, ZoneId zone) {
    Instant start = from == null ? null : from.resolve(zone, false);
    Instant end = to == null ? null : to.resolve(zone, true);
    if (start != null && end != null && end.isBefore(start)) {
      throw new ParameterException(spec.commandLine(), "--from " + from.text() + " is later than --to " + to.text()
          + " (swap them?)");
    }
    return new BanSelection(start, end, Set.copyOf(jails));
  }
}
