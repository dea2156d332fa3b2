package org.banmap.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.banmap.geo.GeoIpDatabaseFinder;
import org.banmap.ingest.LogInputs;
import org.banmap.pipeline.RenderSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The fail2ban logs, how to read their timestamps, and the GeoIP database. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "LOG",
      description = "fail2ban logs: fail2ban.log, rotated .1/.2.gz/-20240101 files (gzip is detected by content), syslog or"
          + " journalctl output. A folder stands for the fail2ban* logs in it and its subfolders (the summary lists them)."
          + " '-' reads standard input (journalctl -u fail2ban | banmap stats -); FIFOs and <(zcat x.gz) work too.")
  List<Path> logs;

  @Option(
      names = "--geoip",
      paramLabel = "DB.mmdb",
      description = "MaxMind GeoIP2/GeoLite2 City or Country database, or DB-IP Lite (.mmdb). Default: $BANMAP_GEOIP, then /usr/share/GeoIP/GeoLite2-City.mmdb and /var/lib/GeoIP/.")
  Path geoip;

  @Option(
      names = "--log-zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "Time zone of fail2ban's local timestamps and of the on-screen clock, e.g. UTC, +02:00 or Europe/Berlin (default: the system zone, ${DEFAULT-VALUE}).")
  ZoneId logZone = ZoneId.systemDefault();

  @Option(
      names = "--keep-restarts",
      description = "Keep the burst of re-bans fail2ban 0.8/0.9 logs right after a restart (excluded by default: they are old bans, not new attacks).")
  boolean keepRestarts;

  /** The input part of the settings; finds the GeoIP database now, so a missing one fails before any log is read. */
  RenderSettings.Input input(CommandSpec spec, SelectionOptions selection) {
    LogInputs.usageProblem(logs).ifPresent(message -> {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    });
    Path database = GeoIpDatabaseFinder.system().find(geoip);
    return new RenderSettings.Input(logs, database, logZone, keepRestarts, selection.selection(spec, logZone));
  }

  /** Region IDs, offsets and UTC; anything else gets a message that says what to type. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.trim());
      } catch (DateTimeException e) {
        throw new TypeConversionException("unknown time zone '" + value
            + "': use a region such as Europe/Berlin or an offset such as +02:00 or UTC");
      }
    }
  }
}
