package org.banmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Properties;
import org.banmap.pipeline.RunState;
import org.banmap.report.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top-level {@code banmap} command: wires the subcommands and maps errors to exit codes. */
@Command(
    name = "banmap",
    mixinStandardHelpOptions = true,
    versionProvider = BanMapCommand.Version.class,
    description = "Turns fail2ban ban records into an animated map video.",
    subcommands = {RenderCommand.class, PreviewCommand.class, StatsCommand.class, DemoCommand.class, StyleCommand.class,
        BenchmarkCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 error, 2 bad usage.", "Quick start: banmap demo -o demo.mp4"})
public final class BanMapCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs banmap with the process's streams and exits with its code (the jar's {@code Main} calls this). */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(newCommandLine(out, err).execute(args));
  }

  /** How far the running command got, for the out-of-memory message. */
  private final RunState runState = new RunState();

  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    BanMapCommand root = new BanMapCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler(root.runState));
    cmd.setParameterExceptionHandler(new UsageErrorHandler());
    cmd.setExecutionStrategy(new OutOfMemoryHandler(root.runState, new CommandLine.RunLast()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  RunState runState() {
    return runState;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use render, preview, stats, demo or style");
  }

  /**
   * A usage error prints one line, "banmap render: --fps must be between 1 and 240, got 0 (see
   * banmap render --help)", plus picocli's "did you mean" for a mistyped option; exit 2. The full
   * help is one --help away, and 80 lines of it would hide the line that matters.
   */
  static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = cmd.getErr();
      String name = cmd.getCommandSpec().qualifiedName();
      err.println(name + ": " + e.getMessage() + " (see " + name + " --help)");
      UnmatchedArgumentException.printSuggestions(e, err);
      err.flush();
      return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
  }

  /**
   * Out of memory is not a bug but a limit: one line with how many bans were held and what to do,
   * instead of a JVM stack trace. By the time the error reaches here the run's data is
   * unreachable, so there is memory again to print it.
   */
  static final class OutOfMemoryHandler implements IExecutionStrategy {
    private final RunState state;
    private final IExecutionStrategy delegate;

    OutOfMemoryHandler(RunState state, IExecutionStrategy delegate) {
      this.state = state;
      this.delegate = delegate;
    }

    @Override
    public int execute(ParseResult parseResult) {
      try {
        return delegate.execute(parseResult);
      } catch (OutOfMemoryError e) {
        PrintWriter err = parseResult.commandSpec().commandLine().getErr();
        err.println(message(state, Runtime.getRuntime().maxMemory()));
        err.flush();
        return 1;
      }
    }

    static String message(RunState state, long maxHeapBytes) {
      String held = state.bansLoaded() > 0
          ? String.format(Locale.ROOT, "with %,d bans loaded", state.bansLoaded())
          : "before all logs were read";
      return String.format(Locale.ROOT, "banmap: out of memory during %s %s (Java heap limit %,d MB): give Java more,"
          + " e.g. java -Xmx%dg -jar banmap.jar ..., or use fewer bans with --from/--to or --jail",
          state.stage(), held, maxHeapBytes / (1024 * 1024), suggestedGigabytes(maxHeapBytes));
    }

    /** Twice the current limit, in whole gigabytes. */
    private static long suggestedGigabytes(long maxHeapBytes) {
      return Math.max(2, (2 * maxHeapBytes + (1L << 30) - 1) >> 30);
    }
  }

  /**
   * User errors print one line and exit 1; anything else is a bug: stack trace and a "please
   * report" hint, exit 1. {@code --stacktrace} shows the trace for user errors too.
   */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    private final RunState state;

    ErrorHandler(RunState state) {
      this.state = state;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      if (find(e, OutOfMemoryError.class) != null) {
        // A render thread ran out: the render stage wraps what its workers threw.
        err.println(OutOfMemoryHandler.message(state, Runtime.getRuntime().maxMemory()));
        err.flush();
        return 1;
      }
      boolean trace = parsed.subcommand() != null
          ? parsed.subcommand().hasMatchedOption("--stacktrace")
          : parsed.hasMatchedOption("--stacktrace");
      Throwable userError = find(e, UserError.class);
      if (userError != null) {
        err.println("banmap: " + userError.getMessage());
        if (trace) {
          e.printStackTrace(err);
        }
      } else if (e instanceof IOException) {
        err.println("banmap: " + e.getMessage());
        if (trace) {
          e.printStackTrace(err);
        }
      } else {
        err.println("banmap: internal error: " + e);
        e.printStackTrace(err);
        err.println("This is a bug in banmap; please report it with the command you ran and the trace above.");
      }
      err.flush();
      return 1;
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return t;
        }
      }
      return null;
    }
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = BanMapCommand.class.getResourceAsStream("/org/banmap/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"banmap " + p.getProperty("version", "unknown") + " (Java " + System.getProperty("java.version") + ")"};
    }
  }
}
