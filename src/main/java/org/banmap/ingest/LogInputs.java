package org.banmap.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.banmap.report.UserError;

/**
 * The log arguments resolved into the inputs to read: files as given, {@code -} (standard input),
 * FIFOs and {@code /dev/fd/N}, and folders replaced by the fail2ban logs found in them, at any
 * depth. Nothing is read here; only names and file types are looked at.
 *
 * <p>A folder yields the files whose name starts with {@code fail2ban} (the file target and its
 * rotations: {@code fail2ban.log}, {@code .1}, {@code .2.gz}, {@code -20240101}, {@code
 * -20240101.gz}), except fail2ban's database ({@code fail2ban.sqlite3} and its upgrade backups)
 * and files compressed other than with gzip, which the reader cannot open; those are counted as
 * skipped. Syslog files and journal exports are not picked: they are mostly other programs' lines
 * (each would be reported as not a fail2ban line) and may be huge; they are read when named, or
 * piped in ({@code journalctl -u fail2ban | banmap stats -}).
 */
public final class LogInputs {
  private final List<LogSource> sources;
  private final List<FolderPick> folders;

  /**
   * What one folder argument contributed.
   *
   * @param files the logs picked, in name order
   * @param skipped files named like fail2ban logs but not logs the reader can open (database, xz/bz2/zstd)
   * @param unreadableFolders subfolders that could not be listed
   */
  public record FolderPick(Path folder, List<Path> files, List<Path> skipped, List<Path> unreadableFolders) {
    public FolderPick {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
      unreadableFolders = List.copyOf(unreadableFolders);
    }

    /** For the run summary, e.g. {@code 5 files from /var/log: fail2ban.log, fail2ban.log.1, ...}. */
    public String describe() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d file%s from %s: ",
          files.size(), files.size() == 1 ? "" : "s", folder));
      sb.append(names(files));
      if (!skipped.isEmpty()) {
        sb.append(String.format(Locale.ROOT, " (skipped %,d not readable as a log: %s)", skipped.size(), names(skipped)));
      }
      if (!unreadableFolders.isEmpty()) {
        sb.append(String.format(Locale.ROOT, " (could not list %,d subfolder%s: %s)", unreadableFolders.size(),
            unreadableFolders.size() == 1 ? "" : "s", unreadableFolders.get(0)));
      }
      return sb.toString();
    }

    private String names(List<Path> paths) {
      StringBuilder sb = new StringBuilder();
      int shown = Math.min(paths.size(), 6);
      for (int i = 0; i < shown; i++) {
        sb.append(i > 0 ? ", " : "").append(folder.relativize(paths.get(i)));
      }
      if (paths.size() > shown) {
        sb.append(String.format(Locale.ROOT, " and %,d more", paths.size() - shown));
      }
      return sb.toString();
    }
  }

  private LogInputs(List<LogSource> sources, List<FolderPick> folders) {
    this.sources = List.copyOf(sources);
    this.folders = List.copyOf(folders);
  }

  /**
   * Resolves the arguments.
   *
   * @throws UserError for a path that does not exist or cannot be read, a folder without any
   *     fail2ban log, or {@code -} given more than once (see {@link #usageProblem})
   */
  public static LogInputs resolve(List<Path> arguments) {
    usageProblem(arguments).ifPresent(message -> {
      throw new UserError(message);
    });
    List<LogSource> sources = new ArrayList<>();
    List<FolderPick> folders = new ArrayList<>();
    for (Path p : arguments) {
      if (LogSource.isStdin(p)) {
        sources.add(new LogSource(p, LogSource.Kind.STDIN, null));
      } else if (Files.isDirectory(p)) {
        FolderPick pick = pick(p);
        folders.add(pick);
        pick.files().forEach(f -> sources.add(new LogSource(f, LogSource.Kind.FILE, p)));
      } else if (Files.isRegularFile(p) && Files.isReadable(p)) {
        sources.add(new LogSource(p, LogSource.Kind.FILE, null));
      } else if (LogSource.isStream(p) && Files.isReadable(p)) {
        sources.add(new LogSource(p, LogSource.Kind.STREAM, null));
      } else {
        throw new UserError("Cannot read fail2ban log " + p
            + (Files.exists(p) ? " (permission denied)" : " (no such file)") + ": check the path given");
      }
    }
    return new LogInputs(sources, folders);
  }

  /**
   * A mistake in the arguments themselves, found without touching the file system: {@code -}
   * given more than once (standard input can be read only once). The CLI reports it as a usage
   * error before anything else.
   */
  public static Optional<String> usageProblem(List<Path> arguments) {
    long stdin = arguments.stream().filter(LogSource::isStdin).count();
    if (stdin > 1) {
      return Optional.of("'-' (standard input) is given " + stdin + " times; it can be read only once");
    }
    return Optional.empty();
  }

  /** Everything to read, in argument order (a folder's files in name order). */
  public List<LogSource> sources() {
    return sources;
  }

  /** One entry per folder argument. */
  public List<FolderPick> folders() {
    return folders;
  }

  /** The regular files read (folder contents included, streams left out): what no output may overwrite. */
  public List<Path> files() {
    return sources.stream().filter(LogSource::rereadable).map(LogSource::path).toList();
  }

  /** Total size in bytes of the files, or -1 when a stream is read (its size is not known). */
  public long totalBytes() {
    long total = 0;
    for (LogSource s : sources) {
      if (!s.rereadable()) {
        return -1;
      }
      try {
        total += Files.size(s.path());
      } catch (IOException e) {
        // the reader reports it with a proper message
      }
    }
    return total;
  }

  /** Whether a file found in a folder is a fail2ban log by its name (see the class comment). */
  static boolean isFail2banLogName(String name) {
    return name.startsWith("fail2ban") && !isDatabase(name) && !isOtherCompression(name);
  }

  private static boolean isDatabase(String name) {
    return name.contains(".sqlite") || name.endsWith(".db");
  }

  private static boolean isOtherCompression(String name) {
    return name.endsWith(".xz") || name.endsWith(".bz2") || name.endsWith(".zst") || name.endsWith(".lz4")
        || name.endsWith(".lzma") || name.endsWith(".zip") || name.endsWith(".7z");
  }

  private static FolderPick pick(Path folder) {
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    List<Path> unreadable = new ArrayList<>();
    List<Path> denied = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (!name.startsWith("fail2ban") || !Files.isRegularFile(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (!isFail2banLogName(name)) {
            skipped.add(file);
          } else if (Files.isReadable(file)) {
            files.add(file);
          } else {
            denied.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (file.equals(folder)) {
            throw new UserError("Cannot list fail2ban log folder " + folder + ": " + e.getMessage(), e);
          }
          unreadable.add(file);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UserError("Cannot list fail2ban log folder " + folder + ": " + e.getMessage(), e);
    }
    if (!denied.isEmpty()) {
      // Skipping it would quietly drop bans: refuse, as for a log named directly.
      throw new UserError("Cannot read fail2ban log " + denied.get(0) + " (permission denied; found in folder " + folder
          + (denied.size() > 1 ? String.format(Locale.ROOT, " with %,d more", denied.size() - 1) : "")
          + "): run with read access to the logs, or name the files to read");
    }
    if (files.isEmpty()) {
      throw new UserError("Folder " + folder + " holds no fail2ban log (files named fail2ban.log, fail2ban.log.1,"
          + " fail2ban.log.2.gz, fail2ban.log-20240101, ...)"
          + (skipped.isEmpty() ? "" : ", only " + skipped.get(0).getFileName() + " which is not a readable log")
          + ": name the log files, or pipe journal output: journalctl -u fail2ban | banmap stats -");
    }
    files.sort(null);
    skipped.sort(null);
    return new FolderPick(folder, files, skipped, unreadable);
  }
}
