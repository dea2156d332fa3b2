package org.banmap.ingest;

import java.util.List;
import java.util.Map;

/**
 * What {@link Fail2banLogReader#read} found.
 *
 * @param bans new bans only, sorted by time, then file and line; always a {@link BanList}
 * @param events every event kind seen after de-duplication, including {@code BAN} (which also
 *     counts restart re-bans and bans whose id is not an IP)
 * @param restartBansExcluded plain Ban lines dropped as restart re-bans (0 when they are kept)
 * @param duplicateEvents events dropped because an identical one was already read
 * @param bytesRead bytes read from disk (compressed size for gzip), as for the progress total
 */
public record IngestResult(
    List<BanEvent> bans,
    Map<EventKind, Long> events,
    long restartBansExcluded,
    long duplicateEvents,
    long filesRead,
    long linesRead,
    long bytesRead) {
  public IngestResult {
    // Columns are immutable already; other lists (tests) are copied into columns.
    bans = BanList.of(bans);
    events = Map.copyOf(events);
  }

  /** The same counts without the bans, for a caller that keeps the counts after the bans are located. */
  public IngestResult withoutBans() {
    return new IngestResult(List.of(), events, restartBansExcluded, duplicateEvents, filesRead, linesRead, bytesRead);
  }

  public long count(EventKind kind) {
    return events.getOrDefault(kind, 0L);
  }
}
