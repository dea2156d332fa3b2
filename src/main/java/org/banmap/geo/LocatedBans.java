package org.banmap.geo;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Located bans as columns: per ban its time, and indexes into a table of distinct addresses
 * ({@link AddressTable}), of distinct places and of jail names. A million bans are four primitive
 * arrays (20 bytes a ban), not a million ban, place and address objects; a run holds its bans from
 * the geo stage to the last frame, so this is most of its memory. Immutable.
 */
public final class LocatedBans {
  /** Which bans {@link #filter} keeps. */
  @FunctionalInterface
  public interface Filter {
    boolean accepts(long epochMillis, String jail);
  }

  private final long[] epochMillis;
  private final int[] address;
  private final int[] place;
  private final int[] jail;
  private final AddressTable addresses;
  private final GeoPlace[] places;
  private final String[] jails;

  private LocatedBans(long[] epochMillis, int[] address, int[] place, int[] jail, AddressTable addresses,
      GeoPlace[] places, String[] jails) {
    this.epochMillis = epochMillis;
    this.address = address;
    this.place = place;
    this.jail = jail;
    this.addresses = addresses;
    this.places = places;
    this.jails = jails;
  }

  /** Columns of {@code bans}, in list order (tests and small callers; the geo stage uses {@link Builder}). */
  public static LocatedBans of(List<LocatedBan> bans) {
    Builder b = new Builder(bans.size(), new AddressTable());
    for (LocatedBan ban : bans) {
      b.add(ban.ban().epochMilli(), b.addresses.number(ban.ban().ip()), b.place(ban.place()), b.jail(ban.ban().jail()));
    }
    return b.build();
  }

  public int size() {
    return epochMillis.length;
  }

  public boolean isEmpty() {
    return epochMillis.length == 0;
  }

  public long epochMillis(int index) {
    return epochMillis[index];
  }

  public GeoPlace place(int index) {
    return places[place[index]];
  }

  /** Index of ban {@code index}'s place in the table of distinct places ({@link #placeAt}). */
  public int placeIndex(int index) {
    return place[index];
  }

  /** How many distinct places the bans are at. */
  public int placeCount() {
    return places.length;
  }

  public GeoPlace placeAt(int placeIndex) {
    return places[placeIndex];
  }

  public String jail(int index) {
    return jails[jail[index]];
  }

  /** Number of ban {@code index}'s address in {@link #addresses()}. */
  public int addressIndex(int index) {
    return address[index];
  }

  public AddressTable addresses() {
    return addresses;
  }

  public InetAddress ip(int index) {
    return addresses.address(address[index]);
  }

  /** Bans {@code first} to {@code end} (exclusive), in the same order; this when that is all of them. */
  public LocatedBans range(int first, int end) {
    if (first < 0 || end > size() || first > end) {
      throw new IndexOutOfBoundsException("range " + first + ".." + end + " of " + size() + " bans");
    }
    if (first == 0 && end == size()) {
      return this;
    }
    int[] keep = new int[end - first];
    Arrays.setAll(keep, i -> first + i);
    return select(keep);
  }

  /** The bans {@code filter} accepts, in the same order; this when it accepts them all. */
  public LocatedBans filter(Filter filter) {
    int[] keep = new int[size()];
    int kept = 0;
    for (int i = 0; i < size(); i++) {
      if (filter.accepts(epochMillis[i], jails[jail[i]])) {
        keep[kept++] = i;
      }
    }
    return kept == size() ? this : select(Arrays.copyOf(keep, kept));
  }

  /**
   * The bans sorted by time; stable, so bans of the same millisecond keep their order (the
   * ingest order: file, line). This when they are already in order, as the ingest stage delivers
   * them.
   */
  public LocatedBans sortedByTime() {
    for (int i = 1; i < epochMillis.length; i++) {
      if (epochMillis[i] < epochMillis[i - 1]) {
        return select(TimeOrder.stableOrder(epochMillis));
      }
    }
    return this;
  }

  /** The bans at {@code indexes}, in that order; the tables are shared. */
  private LocatedBans select(int[] indexes) {
    int n = indexes.length;
    long[] t = new long[n];
    int[] a = new int[n];
    int[] p = new int[n];
    int[] j = new int[n];
    for (int k = 0; k < n; k++) {
      int i = indexes[k];
      t[k] = epochMillis[i];
      a[k] = address[i];
      p[k] = place[i];
      j[k] = jail[i];
    }
    return new LocatedBans(t, a, p, j, addresses, places, jails);
  }

  /** Collects bans for {@link LocatedBans}: exact capacity, places and jails numbered as they come. */
  static final class Builder {
    private final AddressTable addresses;
    private final long[] epochMillis;
    private final int[] address;
    private final int[] place;
    private final int[] jail;
    private final Map<GeoPlace, Integer> placeNumbers = new HashMap<>();
    private final List<GeoPlace> places = new ArrayList<>();
    private final Map<String, Integer> jailNumbers = new HashMap<>();
    private final List<String> jails = new ArrayList<>();
    private int size;

    Builder(int capacity, AddressTable addresses) {
      this(capacity, addresses, List.of());
    }

    /** A builder whose place table starts with {@code distinctPlaces}, numbered 0, 1, 2… in that order. */
    Builder(int capacity, AddressTable addresses, List<GeoPlace> distinctPlaces) {
      this.addresses = addresses;
      for (GeoPlace p : distinctPlaces) {
        place(p);
      }
      this.epochMillis = new long[capacity];
      this.address = new int[capacity];
      this.place = new int[capacity];
      this.jail = new int[capacity];
    }

    /** The number of {@code p} in the place table (equal places share one). */
    int place(GeoPlace p) {
      return placeNumbers.computeIfAbsent(p, k -> {
        places.add(k);
        return places.size() - 1;
      });
    }

    int jail(String name) {
      return jailNumbers.computeIfAbsent(name, k -> {
        jails.add(k);
        return jails.size() - 1;
      });
    }

    void add(long millis, int addressNumber, int placeNumber, int jailNumber) {
      epochMillis[size] = millis;
      address[size] = addressNumber;
      place[size] = placeNumber;
      jail[size] = jailNumber;
      size++;
    }

    LocatedBans build() {
      if (size != epochMillis.length) {
        throw new IllegalStateException(size + " bans added to a builder for " + epochMillis.length);
      }
      return new LocatedBans(epochMillis, address, place, jail, addresses.freeze(), places.toArray(GeoPlace[]::new),
          jails.toArray(String[]::new));
    }
  }
}
