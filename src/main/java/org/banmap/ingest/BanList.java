package org.banmap.ingest;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The new bans of a run as primitive columns, read as a {@code List<BanEvent>}.
 *
 * <p>A run holds every ban from the first line read until the geo stage has located them: at ten
 * million bans, one {@link BanEvent} object each (48 bytes, plus the list's reference) was half a
 * gigabyte of small objects for the garbage collector to trace and copy while the heap grew. Here
 * a ban is 28 bytes in columns of fixed-size chunks (no growth by copying, no spare half):
 * seconds, nanos, the IPv4 bits (or an index into the few other addresses), a jail number and
 * the source file and line packed into one long. {@link #get} builds a {@code BanEvent} on
 * demand for callers that want one; the geo stage reads the columns. Immutable.
 */
public final class BanList extends AbstractList<BanEvent> implements RandomAccess {
  /** Bits of {@link #at} below the file number: 2^40 lines a file. */
  private static final int LINE_BITS = 40;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;

  private final int size;
  private final Chunks.Longs epochSecond;
  private final Chunks.Ints nano;
  /** IPv4 bits, or for a {@link #notIpv4} ban the index into {@link #others}. */
  private final Chunks.Ints address;
  private final Chunks.Ints jail;
  /** File number << {@value #LINE_BITS} | line. */
  private final Chunks.Longs at;
  private final BitSet notIpv4;
  private final InetAddress[] others;
  private final String[] jails;
  private final Path[] files;

  private BanList(Builder b) {
    this.size = b.epochSecond.size();
    this.epochSecond = b.epochSecond;
    this.nano = b.nano;
    this.address = b.address;
    this.jail = b.jail;
    this.at = b.at;
    this.notIpv4 = b.notIpv4;
    this.others = b.others.toArray(new InetAddress[0]);
    this.jails = b.jails.toArray(new String[0]);
    this.files = b.files.toArray(new Path[0]);
  }

  /** {@code bans} as columns: itself if it already is a {@code BanList}, else a copy in list order. */
  public static BanList of(List<BanEvent> bans) {
    if (bans instanceof BanList list) {
      return list;
    }
    Builder b = new Builder();
    for (BanEvent e : bans) {
      b.add(e.epochSecond(), e.nano(), e.ip(), e.jail(), e.at().file(), e.at().line());
    }
    return b.build(false);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public BanEvent get(int index) {
    checkIndex(index);
    long where = at.get(index);
    return new BanEvent(epochSecond.get(index), nano.get(index), address.get(index),
        notIpv4.get(index) ? others[address.get(index)] : null, jails[jail.get(index)], files[(int) (where >>> LINE_BITS)],
        where & LINE_MASK);
  }

  /** {@code get(index).epochMilli()} without building the event. */
  public long epochMilli(int index) {
    checkIndex(index);
    return Math.addExact(Math.multiplyExact(epochSecond.get(index), 1000L), nano.get(index) / 1_000_000);
  }

  public boolean isIpv4(int index) {
    return !notIpv4.get(checkIndex(index));
  }

  /** The IPv4 address of ban {@code index} as a big-endian int; only for {@link #isIpv4} bans. */
  public int ipv4Bits(int index) {
    if (!isIpv4(index)) {
      throw new IllegalStateException("ban " + index + " is not IPv4: " + others[address.get(index)]);
    }
    return address.get(index);
  }

  /** The address of a ban that is not {@link #isIpv4}: IPv6, rare in ban logs. */
  public InetAddress otherAddress(int index) {
    if (isIpv4(index)) {
      throw new IllegalStateException("ban " + index + " is IPv4");
    }
    return others[address.get(index)];
  }

  /** The jail's name; one String object per jail, so callers may compare by identity. */
  public String jail(int index) {
    return jails[jail.get(checkIndex(index))];
  }

  public SourceLine at(int index) {
    long where = at.get(checkIndex(index));
    return new SourceLine(files[(int) (where >>> LINE_BITS)], where & LINE_MASK);
  }

  private int checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("ban " + index + " of " + size);
    }
    return index;
  }

  /** Collects bans in reading order; {@link #build} sorts them. */
  static final class Builder {
    private final Chunks.Longs epochSecond = new Chunks.Longs();
    private final Chunks.Ints nano = new Chunks.Ints();
    private final Chunks.Ints address = new Chunks.Ints();
    private final Chunks.Ints jail = new Chunks.Ints();
    private final Chunks.Longs at = new Chunks.Longs();
    private final BitSet notIpv4 = new BitSet();
    private final List<InetAddress> others = new ArrayList<>();
    private final List<String> jails = new ArrayList<>();
    private final Map<String, Integer> jailNumbers = new HashMap<>();
    private final List<Path> files = new ArrayList<>();
    private Path lastFile;
    private int lastFileNumber;
    private int lastJailNumber = -1;
    private String lastJail;

    void add(long second, int nanos, InetAddress ip, String jailName, Path file, long line) {
      if (size() == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than " + size() + " bans");
      }
      if (line < 1 || line > LINE_MASK) {
        throw new IllegalArgumentException("line " + line + " out of range");
      }
      int index = size();
      epochSecond.add(second);
      nano.add(nanos);
      if (ip instanceof Inet4Address) {
        byte[] b = ip.getAddress();
        address.add(((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF));
      } else {
        notIpv4.set(index);
        address.add(others.size());
        others.add(ip);
      }
      jail.add(jailNumber(jailName));
      at.add(((long) fileNumber(file) << LINE_BITS) | line);
    }

    int size() {
      return epochSecond.size();
    }

    private int jailNumber(String name) {
      if (!name.equals(lastJail)) {
        lastJailNumber = jailNumbers.computeIfAbsent(name, n -> {
          jails.add(n);
          return jails.size() - 1;
        });
        lastJail = jails.get(lastJailNumber);
      }
      return lastJailNumber;
    }

    private int fileNumber(Path file) {
      if (file != lastFile) {
        int i = files.indexOf(file);
        if (i < 0) {
          if (files.size() == 1 << (63 - LINE_BITS)) {
            throw new IllegalStateException("more than " + files.size() + " files");
          }
          files.add(file);
          i = files.size() - 1;
        }
        lastFile = file;
        lastFileNumber = i;
      }
      return lastFileNumber;
    }

    /**
     * The bans, sorted by time, then file and line when {@code sort} (see {@link
     * BanEvent#BY_TIME_FILE_LINE}). Logs are read in time order, so the sort usually finds the
     * columns in order already and moves nothing.
     */
    BanList build(boolean sort) {
      if (sort) {
        int[] order = new BanOrder(epochSecond, nano, at, fileRanks(), LINE_BITS).sorted(size());
        if (order != null) {
          epochSecond.permute(order);
          nano.permute(order);
          address.permute(order);
          jail.permute(order);
          at.permute(order);
          BitSet moved = new BitSet();
          for (int i = 0; i < order.length; i++) {
            if (notIpv4.get(order[i])) {
              moved.set(i);
            }
          }
          notIpv4.clear();
          notIpv4.or(moved);
        }
      }
      return new BanList(this);
    }

    /** Each file number's rank among the files' paths in {@link Path#compareTo} order. */
    private int[] fileRanks() {
      List<Path> sorted = new ArrayList<>(files);
      sorted.sort(null);
      int[] ranks = new int[files.size()];
      for (int i = 0; i < ranks.length; i++) {
        ranks[i] = sorted.indexOf(files.get(i));
      }
      return ranks;
    }
  }
}
