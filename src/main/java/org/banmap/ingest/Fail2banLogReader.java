package org.banmap.ingest;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.banmap.report.Problems;
import org.banmap.report.Progress;
import org.banmap.report.UserError;

/**
 * Reads fail2ban logs (any version, transport, rotation or compression) into new bans.
 *
 * <p>Inputs ({@link LogInputs}: files, folders, {@code -}, FIFOs, {@code <(...)}) are read in the
 * order of their first timestamp, each once, line by line, keeping only the bans, a 64-bit
 * fingerprint per event for de-duplication (rotated copies and concatenations repeat events) and
 * per-file state. A file's head is read twice (once to order, once in full); a stream's head is
 * buffered while the order is found and then rewound, so streams need no second pass and no more
 * memory than {@value #STREAM_HEAD_BYTES} bytes each. Bad data (a cut gzip, a bad line) is
 * counted in {@link Problems}, never thrown; only an input that cannot be opened at all is a
 * {@link UserError}.
 */
public final class Fail2banLogReader {
  private static final int FIRST_STAMP_SEARCH_LINES = 1000;
  private static final long PROGRESS_STEP_BYTES = 1 << 20;

  /** Raw bytes of a stream's head kept for a second look: the first 1,000 lines are ~110 KB. */
  private static final int STREAM_HEAD_BYTES = 1 << 20;

  private final ZoneId logZone;
  private final boolean keepRestarts;
  private final Problems problems;
  private final InputStream stdin;

  /**
   * @param logZone the zone of timestamps written without an offset (the host's zone)
   * @param keepRestarts keep the plain Ban lines fail2ban 0.8/0.9 writes when it restarts
   */
  public Fail2banLogReader(ZoneId logZone, boolean keepRestarts, Problems problems) {
    this(logZone, keepRestarts, problems, System.in);
  }

  /** @param stdin what {@code -} reads (standard input; tests pass their own) */
  public Fail2banLogReader(ZoneId logZone, boolean keepRestarts, Problems problems, InputStream stdin) {
    this.logZone = logZone;
    this.keepRestarts = keepRestarts;
    this.problems = problems;
    this.stdin = stdin;
  }

  /** Reads all logs; see {@link LogInputs} for folders, {@code -} and streams. */
  public IngestResult read(List<Path> paths, Progress progress) throws UserError {
    return read(LogInputs.resolve(paths), progress);
  }

  /** Reads all logs, each once; files in the order of their first timestamp. */
  public IngestResult read(LogInputs inputs, Progress progress) throws UserError {
    Run run = new Run(progress);
    List<Opened> ordered = byFirstStamp(inputs.sources());
    try {
      for (Opened o : ordered) {
        run.readSource(o);
        o.close();
      }
    } finally {
      ordered.forEach(Opened::close);
    }
    // The fingerprints are not needed any more: free them before the bans are sorted.
    run.seen = null;
    return new IngestResult(run.bans.build(true), run.events, run.restartBans, run.duplicates,
        ordered.size(), run.lines, run.bytes);
  }

  /**
   * A source about to be read: a file is opened again when its turn comes; a stream, which can
   * be read only once, is held open with its head buffered, rewound after the first look.
   */
  private final class Opened {
    final LogSource source;
    final LocalDateTime modified;
    BufferedInputStream held;
    Instant first = Instant.MAX;

    Opened(LogSource source) {
      this.source = source;
      this.modified = source.rereadable() ? modified(source.path()) : LocalDateTime.now(logZone);
    }

    LogLines lines() throws IOException {
      if (held == null) {
        return LogLines.open(source.path());
      }
      BufferedInputStream in = held;
      held = null;
      return LogLines.open(in);
    }

    void close() {
      if (held != null) {
        try {
          held.close();
        } catch (IOException e) {
          // nothing was lost: the stream is abandoned only when an earlier source failed
        }
        held = null;
      }
    }
  }

  /**
   * Orders sources by their first timestamp, so a rotated set ({@code .4.gz} oldest) reads oldest
   * first whatever the names; sources without a timestamp in their first lines keep their given
   * order at the end. The order decides only which copy of a repeated event is kept (the first
   * read), and so, with several streams, every run gives the same result whatever their order.
   */
  private List<Opened> byFirstStamp(List<LogSource> sources) {
    List<Opened> opened = new ArrayList<>();
    try {
      for (LogSource s : sources) {
        Opened o = new Opened(s);
        opened.add(o);
        o.first = firstStamp(o);
      }
    } catch (RuntimeException e) {
      opened.forEach(Opened::close);
      throw e;
    }
    List<Opened> sorted = new ArrayList<>(opened);
    sorted.sort(Comparator.comparing((Opened o) -> o.first)); // stable: equal stamps keep the given order
    return sorted;
  }

  private Instant firstStamp(Opened o) {
    Path file = o.source.path();
    try {
      if (o.source.rereadable()) {
        try (LogLines lines = LogLines.open(file)) {
          return firstStamp(lines, o.modified);
        }
      }
      // FileInputStream, not Files.newInputStream: on JDK 17 the latter's available() seeks, which
      // fails on a pipe with "Illegal seek".
      InputStream in = o.source.kind() == LogSource.Kind.STDIN ? stdin : new FileInputStream(file.toFile());
      o.held = new BufferedInputStream(in, 64 * 1024);
      o.held.mark(STREAM_HEAD_BYTES);
      // The head view ends before the mark does (so the rewind always works) and does not close
      // the stream, which is read in full later.
      InputStream head = new HeadView(o.held, STREAM_HEAD_BYTES - 1);
      Instant first = firstStamp(LogLines.open(head), o.modified);
      o.held.reset();
      return first;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private Instant firstStamp(LogLines lines, LocalDateTime modified) throws IOException {
    Fail2banLineParser parser = new Fail2banLineParser();
    YearInference years = new YearInference(modified);
    String line;
    while ((line = lines.next()) != null
        && lines.lineNumber() <= FIRST_STAMP_SEARCH_LINES) {
      Optional<LogRecord> r = parser.parse(line);
      if (r.isPresent() && r.get().time() != null) {
        LocalDateTime t = years.resolve(r.get().time(), r.get().yearKnown());
        ZoneOffset off = r.get().offset();
        return off != null ? t.toInstant(off) : t.atZone(logZone).toInstant();
      }
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
    String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return new UserError("Cannot read fail2ban log " + file + ": " + why, e);
  }

  /** Counters and results of one read() call. */
  private final class Run {
    final Progress progress;
    final Fail2banLineParser parser = new Fail2banLineParser();
    FingerprintSet seen = new FingerprintSet();
    final BanList.Builder bans = new BanList.Builder();
    final Map<EventKind, Long> events = new EnumMap<>(EventKind.class);
    long restartBans;
    long duplicates;
    long lines;
    long bytes;

    Run(Progress progress) {
      this.progress = progress;
    }

    void readSource(Opened source) {
      Path file = source.source.path();
      FileState state = new FileState(new YearInference(source.modified));
      long reported = 0;
      try (LogLines in = source.lines()) {
        String line;
        while ((line = in.next()) != null) {
          lines++;
          if (in.tooLong()) {
            problems.add("line_too_long", new SourceLine(file, in.lineNumber()),
                "longer than " + LogLines.MAX_LINE_BYTES + " bytes, skipped");
          } else {
            line(line, file, in.lineNumber(), state);
          }
          if (in.bytesRead() - reported >= PROGRESS_STEP_BYTES) {
            progress.advance(in.bytesRead() - reported);
            reported = in.bytesRead();
          }
        }
        if (in.truncated()) {
          problems.add("truncated_gzip", new SourceLine(file, Math.max(1, in.lineNumber())),
              in.lineNumber() == 0
                  ? "gzip header incomplete or corrupt; nothing could be read from this file"
                  : "compressed file ends early or is corrupt; kept the lines before");
        }
        progress.advance(in.bytesRead() - reported);
        bytes += in.bytesRead();
      } catch (IOException | UncheckedIOException e) {
        throw unreadable(file, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
      }
    }

    private void line(String line, Path file, long lineNumber, FileState state) {
      Optional<LogRecord> parsed = parser.parse(line);
      if (parsed.isEmpty()) {
        unparsed(line, file, lineNumber, state);
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
        problems.add("event_without_time", new SourceLine(file, lineNumber), line);
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
        problems.add("ban_id_not_an_ip", new SourceLine(file, lineNumber), r.id());
        return;
      }
      bans.add(time.getEpochSecond(), time.getNano(), ip.get(), r.jail(), file, lineNumber);
    }

    /**
     * Separates the harmless from the suspicious: text after a record without a stamp of its own
     * (tracebacks, multi-line command output) continues that record; anything else is not ours.
     */
    private void unparsed(String line, Path file, long lineNumber, FileState state) {
      if (line.isBlank()) {
        return;
      }
      SourceLine at = new SourceLine(file, lineNumber);
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
    /** The log zone's offset when it never changes (UTC, +02:00): no rules to look up per line. */
    final ZoneOffset fixedOffset = logZone.getRules().isFixedOffset() ? logZone.getRules().getOffset(Instant.EPOCH) : null;
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
      if (fixedOffset != null) {
        return local.toInstant(fixedOffset);
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
