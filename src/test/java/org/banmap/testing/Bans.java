package org.banmap.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import org.banmap.geo.GeoPlace;
import org.banmap.geo.LocatedBan;
import org.banmap.ingest.BanEvent;
import org.banmap.ingest.SourceLine;

/** Builds located bans for tests in one line: {@code Bans.at("2026-10-01T12:00:00Z", 2.35, 48.85)}. */
public final class Bans {
  private static int line = 1;

  private Bans() {}

  public static LocatedBan at(String isoInstant, double lon, double lat) {
    return at(isoInstant, lon, lat, "sshd", "FR");
  }

  public static synchronized LocatedBan at(String isoInstant, double lon, double lat, String jail, String country) {
    try {
      int n = line++;
      InetAddress ip = InetAddress.getByAddress(new byte[] {(byte) 81, (byte) (n >> 16), (byte) (n >> 8), (byte) n});
      BanEvent ban = new BanEvent(Instant.parse(isoInstant), ip, jail, new SourceLine(Path.of("test.log"), n));
      return new LocatedBan(ban, new GeoPlace(lon, lat, country, country, null, null));
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
