package org.banmap.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.banmap.timeline.BanSelection;
import picocli.CommandLine.Option;

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

  BanSelection selection(ZoneId zone) {
    return new BanSelection(from(zone), to(zone), Set.copyOf(jails));
  }

  /** The --from instant, or null; offset-less values are read in {@code zone}. */
  Instant from(ZoneId zone) {
    return from == null ? null : from.resolve(zone, false);
  }

  /** The --to instant, or null; a bare date means the end of that day. */
  Instant to(ZoneId zone) {
    return to == null ? null : to.resolve(zone, true);
  }
}
