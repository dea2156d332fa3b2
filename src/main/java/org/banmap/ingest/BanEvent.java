package org.banmap.ingest;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Objects;

/** One new ban: fail2ban put {@code ip} into {@code jail} at {@code time}. */
public record BanEvent(Instant time, InetAddress ip, String jail, SourceLine at) {
  public BanEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(jail, "jail");
    Objects.requireNonNull(at, "at");
  }
}
