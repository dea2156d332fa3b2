package org.banmap.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
      description = "Time zone of fail2ban's local timestamps and of the on-screen clock, e.g. UTC or Europe/Berlin (default: the system zone, ${DEFAULT-VALUE}).")
  ZoneId logZone = ZoneId.systemDefault();

  @Option(
      names = "--keep-restarts",
      description = "Keep the burst of re-bans fail2ban 0.8/0.9 logs right after a restart (excluded by default: they are old bans, not new attacks).")
  boolean keepRestarts;

}
