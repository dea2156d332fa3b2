package org.banmap.geo;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.MaxMindDbConstructor;
import com.maxmind.db.MaxMindDbParameter;
import com.maxmind.db.Reader;
import com.maxmind.db.Reader.FileMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.banmap.report.UserError;

/**
 * Locates addresses with a MaxMind DB file (GeoIP2/GeoLite2 City or Country, DB-IP Lite City).
 * City databases give the record's coordinates; Country databases, and City records without a
 * location, give the country's representative point from {@link CountryPoints}. No MaxMind type
 * leaves this class.
 *
 * <p>Reads records with MaxMind's low-level {@link Reader} into {@link GeoIpRecord}, which names
 * only the fields banmap uses: the decoder skips the rest of each record (continent,
 * subdivisions, postal code, the names in other languages) instead of building GeoIP2's full
 * response objects, which made the first lookups of a run (cold code, many classes) cost seconds.
 */
public final class MaxMindGeoLocator implements GeoLocator {
  /** Probed once at open so a corrupt tree or data section fails early, with the file named. */
  private static final byte[] PROBE = {8, 8, 8, 8};

  /**
   * Decoded records kept by data offset. A City database has a few hundred thousand distinct
   * records; 65536 (the library default is 4096) holds a busy server's ban history for a few MB.
   */
  private static final int CACHE_ENTRIES = 1 << 16;

  /** Networks kept by {@link #cacheNetwork}; a few MB at most. */
  private static final int NETWORK_CACHE_ENTRIES = 1 << 16;

  private final Map<Long, GeoPlace> byNetwork = new ConcurrentHashMap<>();
  /** Bit n set: a network of prefix length n is in {@link #byNetwork}. */
  private volatile long prefixLengths;

  private final Reader reader;
  private final String name;
  private final boolean cityDatabase;
  private final String attribution;

  private MaxMindGeoLocator(Reader reader, String name) {
    this.reader = reader;
    this.name = name;
    String type = reader.getMetadata().databaseType();
    if (type.contains("City")) {
      cityDatabase = true;
    } else if (type.contains("Country")) {
      cityDatabase = false;
    } else {
      closeQuietly(reader);
      throw new UserError(
          name + " is a MaxMind DB file of a kind banmap cannot use (a '" + type + "' database, which has no"
              + " locations); banmap needs a City or Country database. " + GeoIpDatabaseFinder.WHERE_TO_GET);
    }
    this.attribution = type;
    try {
      locate(InetAddress.getByAddress(PROBE));
    } catch (IOException e) {
      throw new IllegalStateException("cannot build the probe address", e);
    } catch (UserError e) {
      closeQuietly(reader);
      throw e;
    }
  }

  /** Opens a database file, memory-mapped. */
  public static MaxMindGeoLocator open(Path mmdb) {
    if (!Files.isRegularFile(mmdb)) {
      throw new UserError(
          "GeoIP database not found: " + mmdb + ". " + GeoIpDatabaseFinder.WHERE_TO_GET);
    }
    try {
      Reader reader = new Reader(mmdb.toFile(), FileMode.MEMORY_MAPPED, new CHMCache(CACHE_ENTRIES));
      return new MaxMindGeoLocator(reader, mmdb.toString());
    } catch (IOException | RuntimeException e) {
      throw unreadable(mmdb.toString(), e);
    }
  }

  /** Reads a whole database from {@code in} into memory; {@code name} is used in messages. */
  public static MaxMindGeoLocator open(InputStream in, String name) {
    try {
      Reader reader = new Reader(in, new CHMCache(CACHE_ENTRIES));
      return new MaxMindGeoLocator(reader, name);
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, e);
    }
  }

  @Override
  public Optional<GeoPlace> locateIpv4(int bits) {
    GeoPlace known = cachedNetwork(bits);
    return known != null ? Optional.of(known) : GeoLocator.super.locateIpv4(bits);
  }

  @Override
  public Optional<GeoPlace> locate(InetAddress ip) {
    int v4 = ip instanceof Inet4Address ? bits(ip.getAddress()) : 0;
    if (ip instanceof Inet4Address) {
      GeoPlace known = cachedNetwork(v4);
      if (known != null) {
        return Optional.of(known);
      }
    }
    try {
      DatabaseRecord<GeoIpRecord> found = reader.getRecord(ip, GeoIpRecord.class);
      Optional<GeoPlace> place = found.data() == null ? Optional.empty() : place(found.data(), cityDatabase);
      if (ip instanceof Inet4Address && place.isPresent() && found.network() != null) {
        // The reader reports IPv4 networks of an IPv6 tree with their IPv4 prefix length.
        cacheNetwork(v4, found.network().prefixLength(), place.get());
      }
      return place;
    } catch (IOException | RuntimeException e) {
      throw new UserError(
          "GeoIP database " + name + " is corrupt (looking up " + ip.getHostAddress() + ": "
              + e.getMessage() + "). Download it again. " + GeoIpDatabaseFinder.WHERE_TO_GET,
          e);
    }
  }

  /*
   * Network cache. The database is a prefix tree whose leaves are disjoint networks, and the
   * lookup reports the leaf's network: every IPv4 address inside it gets the same record. So a
   * place found once is kept by (prefix length, network bits), and a later address is first
   * masked with each prefix length seen so far (a handful) and looked for there. Bans cluster in
   * hosting networks; on the benchmark's data this replaces most of a million record decodings
   * (and their garbage) by a few hash probes. Bounded, so it stays a few MB.
   */
  private GeoPlace cachedNetwork(int v4) {
    long lengths = prefixLengths;
    while (lengths != 0) {
      int length = 63 - Long.numberOfLeadingZeros(lengths);
      lengths &= ~(1L << length);
      GeoPlace place = byNetwork.get(networkKey(v4, length));
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  private void cacheNetwork(int v4, int length, GeoPlace place) {
    if (length < 1 || length > 32 || byNetwork.size() >= NETWORK_CACHE_ENTRIES) {
      return;
    }
    byNetwork.putIfAbsent(networkKey(v4, length), place);
    synchronized (byNetwork) {
      prefixLengths |= 1L << length;
    }
  }

  private static long networkKey(int v4, int length) {
    int mask = -1 << (32 - length);
    return ((long) length << 32) | ((v4 & mask) & 0xFFFFFFFFL);
  }

  private static int bits(byte[] b) {
    return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
  }

  /**
   * The database type from its metadata (e.g. "GeoLite2-City", "DBIP-City-Lite"), which names
   * the vendor's product. (The reader refuses databases whose type it does not know, so the type
   * is never blank here.)
   */
  @Override
  public String attribution() {
    return attribution;
  }

  @Override
  public void close() {
    closeQuietly(reader);
  }

  private static Optional<GeoPlace> place(GeoIpRecord record, boolean cityDatabase) {
    // Some records (anonymous proxies, satellite providers) only have the registered country.
    GeoIpRecord.Country c = record.country != null && record.country.isoCode != null ? record.country : record.registeredCountry;
    String iso = c == null ? null : c.isoCode;
    String countryName = c == null || c.names == null ? null : c.names.en;
    GeoIpRecord.Location location = cityDatabase ? record.location : null;
    if (location != null && location.latitude != null && location.longitude != null) {
      String cityName = record.city == null || record.city.names == null ? null : record.city.names.en;
      return Optional.of(
          new GeoPlace(location.longitude, location.latitude, iso, countryName, cityName, location.accuracyRadius));
    }
    CountryPoints.Point point = CountryPoints.of(iso);
    if (point == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GeoPlace(
            point.lon(), point.lat(), point.iso(),
            countryName != null ? countryName : point.name(), null, null));
  }

  /**
   * The fields of a GeoIP2 City or Country record that banmap reads, for MaxMind's decoder (which
   * needs public classes with an annotated public constructor). Fields the record lacks are null.
   */
  public static final class GeoIpRecord {
    final Location location;
    final Country country;
    final Country registeredCountry;
    final Named city;

    @MaxMindDbConstructor
    public GeoIpRecord(
        @MaxMindDbParameter(name = "location") Location location,
        @MaxMindDbParameter(name = "country") Country country,
        @MaxMindDbParameter(name = "registered_country") Country registeredCountry,
        @MaxMindDbParameter(name = "city") Named city) {
      this.location = location;
      this.country = country;
      this.registeredCountry = registeredCountry;
      this.city = city;
    }

    /** {@code location}: coordinates and the accuracy radius in km. */
    public static final class Location {
      final Double latitude;
      final Double longitude;
      final Integer accuracyRadius;

      @MaxMindDbConstructor
      public Location(
          @MaxMindDbParameter(name = "latitude") Double latitude,
          @MaxMindDbParameter(name = "longitude") Double longitude,
          @MaxMindDbParameter(name = "accuracy_radius") Integer accuracyRadius) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracyRadius = accuracyRadius;
      }
    }

    /** {@code country} and {@code registered_country}. */
    public static final class Country {
      final String isoCode;
      final Names names;

      @MaxMindDbConstructor
      public Country(@MaxMindDbParameter(name = "iso_code") String isoCode, @MaxMindDbParameter(name = "names") Names names) {
        this.isoCode = isoCode;
        this.names = names;
      }
    }

    /** {@code city}: only its names. */
    public static final class Named {
      final Names names;

      @MaxMindDbConstructor
      public Named(@MaxMindDbParameter(name = "names") Names names) {
        this.names = names;
      }
    }

    /** A {@code names} map, of which only English is read (the other languages are skipped, not decoded). */
    public static final class Names {
      final String en;

      @MaxMindDbConstructor
      public Names(@MaxMindDbParameter(name = "en") String en) {
        this.en = en;
      }
    }
  }

  private static UserError unreadable(String name, Exception e) {
    if (e instanceof UserError u) {
      return u;
    }
    return new UserError(
        "cannot read GeoIP database " + name + ": not a MaxMind DB (.mmdb) file, or it is"
            + " truncated or corrupt (" + e.getMessage() + "). " + GeoIpDatabaseFinder.WHERE_TO_GET,
        e);
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // Closing only unmaps the file; there is nothing left to save or report.
    }
  }
}
