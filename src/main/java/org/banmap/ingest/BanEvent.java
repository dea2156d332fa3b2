package org.banmap.ingest;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One new ban: fail2ban put {@code ip} into {@code jail} at {@code time}, read at {@code at}.
 *
 * <p>Behaves like {@code record BanEvent(Instant time, InetAddress ip, String jail, SourceLine at)}
 * (same accessors, {@code equals}, {@code hashCode}, {@code toString}), but is stored flat (one
 * object of 48 bytes, not five of ~136). The reader keeps a run's bans in {@link BanList}'s
 * columns and builds one of these only when a caller asks for an element. {@link #time()},
 * {@link #ip()} (IPv4) and {@link #at()} build their value on each call; code that compares or
 * sorts many bans uses {@link #epochMilli()} or {@link #BY_TIME}.
 */
public final class BanEvent {
  /** By time, then file and line: the order {@link Fail2banLogReader} returns bans in. */
  public static final Comparator<BanEvent> BY_TIME_FILE_LINE = BanEvent::compareTime;

  /** By time only. */
  public static final Comparator<BanEvent> BY_TIME = (a, b) -> {
    int c = Long.compare(a.epochSecond, b.epochSecond);
    return c != 0 ? c : Integer.compare(a.nano, b.nano);
  };

  private final long epochSecond;
  private final long line;
  private final int nano;
  /** The IPv4 address as a big-endian int, when {@link #ipOther} is null. */
  private final int ipv4;
  /** IPv6 (rare in practice) and anything else that is not a plain IPv4 address. */
  private final InetAddress ipOther;
  private final String jail;
  private final Path file;

  public BanEvent(Instant time, InetAddress ip, String jail, SourceLine at) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(jail, "jail");
    Objects.requireNonNull(at, "at");
    this.epochSecond = time.getEpochSecond();
    this.nano = time.getNano();
    if (ip instanceof Inet4Address) {
      byte[] b = ip.getAddress();
      this.ipv4 = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
      this.ipOther = null;
    } else {
      this.ipv4 = 0;
      this.ipOther = ip;
    }
    this.jail = jail;
    this.file = at.file();
    this.line = at.line();
  }

  /** Built by {@link BanList#get} from its columns. */
  BanEvent(long epochSecond, int nano, int ipv4, InetAddress ipOther, String jail, Path file, long line) {
    this.epochSecond = epochSecond;
    this.nano = nano;
    this.ipv4 = ipOther == null ? ipv4 : 0;
    this.ipOther = ipOther;
    this.jail = jail;
    this.file = file;
    this.line = line;
  }

  long epochSecond() {
    return epochSecond;
  }

  int nano() {
    return nano;
  }

  public Instant time() {
    return Instant.ofEpochSecond(epochSecond, nano);
  }

  /** {@code time().toEpochMilli()} without building the {@code Instant}. */
  public long epochMilli() {
    return Math.addExact(Math.multiplyExact(epochSecond, 1000L), nano / 1_000_000);
  }

  public InetAddress ip() {
    if (ipOther != null) {
      return ipOther;
    }
    try {
      return InetAddress.getByAddress(new byte[] {
          (byte) (ipv4 >>> 24), (byte) (ipv4 >>> 16), (byte) (ipv4 >>> 8), (byte) ipv4});
    } catch (UnknownHostException e) {
      throw new AssertionError("4 bytes are always an IPv4 address", e);
    }
  }

  /** Whether {@link #ip()} is an IPv4 address, whose bits {@link #ipv4Bits()} gives. */
  public boolean isIpv4() {
    return ipOther == null;
  }

  /** The IPv4 address as a big-endian int, without building an {@code InetAddress}. */
  public int ipv4Bits() {
    if (ipOther != null) {
      throw new IllegalStateException("not an IPv4 address: " + ipOther);
    }
    return ipv4;
  }

  public String jail() {
    return jail;
  }

  public SourceLine at() {
    return new SourceLine(file, line);
  }

  private static int compareTime(BanEvent a, BanEvent b) {
    int c = BY_TIME.compare(a, b);
    if (c == 0) {
      c = a.file.compareTo(b.file);
    }
    return c != 0 ? c : Long.compare(a.line, b.line);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BanEvent e && epochSecond == e.epochSecond && nano == e.nano && ipv4 == e.ipv4
        && Objects.equals(ipOther, e.ipOther) && jail.equals(e.jail) && file.equals(e.file) && line == e.line;
  }

  @Override
  public int hashCode() {
    return Objects.hash(time(), ip(), jail, at());
  }

  @Override
  public String toString() {
    return "BanEvent[time=" + time() + ", ip=" + ip() + ", jail=" + jail + ", at=" + at() + "]";
  }
}
