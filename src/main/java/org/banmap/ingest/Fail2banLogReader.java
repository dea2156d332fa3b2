package org.banmap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.banmap.report.UserError;

/**
 * Reads fail2ban logs (any version, transport, rotation or compression) into new bans.
 *
 * <p>Files are read in the order of their first timestamp, line by line, keeping only the bans, a
 * 64-bit fingerprint per event for de-duplication (rotated copies and concatenations repeat
 * events) and per-file state. Bad data is counted in {@link Problems}, never thrown; only a file
 * that cannot be read at all is a {@link UserError}.
 */
public final class Fail2banLogReader {
  private static final int FIRST_STAMP_SEARCH_LINES = 1000;
  private static final long PROGRESS_STEP_BYTES = 1 << 20;

  private final ZoneId logZone;
  private final boolean keepRestarts;
  private final Problems problems;

  /**
   * @param logZone the zone of timestamps written without an offset (the host's zone)
   * @param keepRestarts keep the plain Ban lines fail2ban 0.8/0.9 writes when it restarts
   */
  public Fail2banLogReader(ZoneId logZone, boolean keepRestarts, Problems problems) {
    this.logZone = logZone;
    this.keepRestarts = keepRestarts;
    this.problems = problems;
  }

  /** Total size of the files, the progress total for {@link #read}; unreadable files count 0. */
  public static long totalBytes(List<Path> paths) {
    long total = 0;
    for (Path p : expand(paths)) {
      try {
        total += Files.size(p);
      } catch (IOException e) {
        // read() reports it with a proper message
      }
    }
    return total;
  }

  /** Reads all files; directories stand for the regular files directly inside them. */
  public IngestResult read(List<Path> paths, Progress progress) throws UserError {
    List<Path> files = expand(paths);
    for (Path f : files) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        throw new UserError("Cannot read fail2ban log " + f
            + (Files.exists(f) ? " (not a readable file)" : " (no such file)") + ": check the path given");
      }
    }
    Run run = new Run(progress);
    for (Path f : byFirstStamp(files)) {
      run.readFile(f);
    }
    run.bans.sort(BanEvent.BY_TIME_FILE_LINE);
    return new IngestResult(run.bans, run.events, run.restartBans, run.duplicates,
        files.size(), run.lines, run.bytes);
  }

  private static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UserError("Cannot list fail2ban log folder " + p + ": " + e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Orders files by their first timestamp, so a rotated set ({@code .4.gz} oldest) reads oldest
   * first whatever the names; files without any timestamp keep their given order at the end.
   */
  private List<Path> byFirstStamp(List<Path> files) {
    record Keyed(Path file, Instant first, int index) {}
    List<Keyed> keyed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      keyed.add(new Keyed(files.get(i), firstStamp(files.get(i)), i));
    }
    keyed.sort(Comparator.comparing(Keyed::first).thenComparingInt(Keyed::index));
    return keyed.stream().map(Keyed::file).toList();
  }

  private Instant firstStamp(Path file) {
    Fail2banLineParser parser = new Fail2banLineParser();
    YearInference years = new YearInference(modified(file));
    try (LogLines lines = LogLines.open(file)) {
      String line;
      while ((line = lines.next()) != null && lines.lineNumber() <= FIRST_STAMP_SEARCH_LINES) {
        Optional<LogRecord> r = parser.parse(line);
        if (r.isPresent() && r.get().time() != null) {
          LocalDateTime t = years.resolve(r.get().time(), r.get().yearKnown());
          ZoneOffset off = r.get().offset();
          return off != null ? t.toInstant(off) : t.atZone(logZone).toInstant();
        }
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    return Instant.MAX;
  }

  private LocalDateTime modified(Path file) {
    try {
      return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), logZone);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static UserError unreadable(Path file, IOException e) {
    return new UserError("Cannot read fail2ban log " + file + ": " + e.getMessage(), e);
  }

  /** Counters and results of one read() call. */
  private final class Run {
    final Progress progress;
    final Fail2banLineParser parser = new Fail2banLineParser();
    final FingerprintSet seen = new FingerprintSet();
    final List<BanEvent> bans = new ArrayList<>();
    final Map<EventKind, Long> events = new EnumMap<>(EventKind.class);
    /** One String per jail name, shared by all its bans (a server has a handful of jails). */
    final Map<String, String> jails = new HashMap<>();
    long restartBans;
    long duplicates;
    long lines;
    long bytes;

    Run(Progress progress) {
      this.progress = progress;
    }

    void readFile(Path file) {
      FileState state = new FileState(new YearInference(modified(file)));
      long reported = 0;
      try (LogLines in = LogLines.open(file)) {
        String line;
        while ((line = in.next()) != null) {
          lines++;
          SourceLine at = new SourceLine(file, in.lineNumber());
          if (in.tooLong()) {
            problems.add("line_too_long", at, "longer than " + LogLines.MAX_LINE_BYTES + " bytes, skipped");
          } else {
            line(line, at, state);
          }
          if (in.bytesRead() - reported >= PROGRESS_STEP_BYTES) {
            progress.advance(in.bytesRead() - reported);
            reported = in.bytesRead();
          }
        }
        if (in.truncated()) {
          problems.add("truncated_gzip", new SourceLine(file, Math.max(1, in.lineNumber())),
              "compressed file ends early; kept the lines before");
        }
        progress.advance(in.bytesRead() - reported);
        bytes += in.bytesRead();
      } catch (IOException | UncheckedIOException e) {
        throw new UserError("Cannot read fail2ban log " + file + ": " + e.getMessage(), e);
      }
    }

    private void line(String line, SourceLine at, FileState state) {
      Optional<LogRecord> parsed = parser.parse(line);
      if (parsed.isEmpty()) {
        unparsed(line, at, state);
        return;
      }
      LogRecord r = parsed.get();
      state.sawRecord = true;
      if (r.note() == LogRecord.Note.BROADCAST) {
        state.broadcastTime = r.time() == null ? null : state.years.resolve(r.time(), false);
        return;
      }
      LocalDateTime local = null;
      if (r.time() != null) {
        local = state.years.resolve(r.time(), r.yearKnown());
      } else if (state.broadcastTime != null) {
        local = state.broadcastTime;
      }
      state.broadcastTime = null;
      state.restarts.observe(r, local);
      if (r.note() != LogRecord.Note.EVENT) {
        return;
      }
      if (local == null) {
        problems.add("event_without_time", at, line);
        return;
      }
      Instant time = state.instant(local, r.offset());
      // Asked before de-duplication so the detector sees each file's bursts whole.
      boolean restart = r.kind() == EventKind.BAN && state.restarts.isRestartBan(r, local);
      if (!seen.add(fingerprint(time, r))) {
        duplicates++;
        return;
      }
      events.merge(r.kind(), 1L, Long::sum);
      if (r.kind() != EventKind.BAN) {
        return;
      }
      if (restart && !keepRestarts) {
        restartBans++;
        return;
      }
      Optional<InetAddress> ip = IpLiteral.parse(r.id());
      if (ip.isEmpty()) {
        problems.add("ban_id_not_an_ip", at, r.id());
        return;
      }
      bans.add(new BanEvent(time, ip.get(), jails.computeIfAbsent(r.jail(), j -> j), at));
    }

    /**
     * Separates the harmless from the suspicious: text after a record without a stamp of its own
     * (tracebacks, multi-line command output) continues that record; anything else is not ours.
     */
    private void unparsed(String line, SourceLine at, FileState state) {
      if (line.isBlank()) {
        return;
      }
      if (state.sawRecord && !Fail2banLineParser.startsWithStamp(line)) {
        problems.add("continuation_line", at, line);
      } else {
        problems.add("not_a_fail2ban_line", at, line);
      }
    }
  }

  /** Per-file reading state. */
  private final class FileState {
    final YearInference years;
    final RestartDetector restarts = new RestartDetector();
    ZoneOffset previousOffset;
    LocalDateTime previousLocal;
    LocalDateTime broadcastTime;
    boolean sawRecord;

    FileState(YearInference years) {
      this.years = years;
    }

    /**
     * An offset written in the line wins; otherwise the log zone. In the hour repeated when DST
     * ends, the previous line's offset is kept ({@code ofLocal}), and the later offset is taken
     * once the wall clock steps back; so file order survives the repeated hour.
     */
    Instant instant(LocalDateTime local, ZoneOffset written) {
      if (written != null) {
        return local.toInstant(written);
      }
      ZonedDateTime z = ZonedDateTime.ofLocal(local, logZone, previousOffset);
      // A step back of over a minute, not the few ms threads write out of order.
      if (previousLocal != null && local.isBefore(previousLocal.minusMinutes(1))) {
        z = z.withLaterOffsetAtOverlap();
      }
      previousOffset = z.getOffset();
      previousLocal = local;
      return z.toInstant();
    }
  }

  /** 64-bit fingerprint of (time to the ms, jail, kind, id): two events equal on all are one. */
  static long fingerprint(Instant time, LogRecord r) {
    long h = FingerprintSet.mix(time.toEpochMilli() * 31 + r.kind().ordinal());
    h = fnv(h, r.jail());
    h = fnv(h ^ 0x5bd1e995L, r.id());
    return FingerprintSet.mix(h);
  }

  private static long fnv(long h, String s) {
    long x = h;
    for (int i = 0; i < s.length(); i++) {
      x = (x ^ s.charAt(i)) * 0x100000001b3L;
    }
    return x;
  }
}
