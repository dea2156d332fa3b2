package org.banmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.banmap.report.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

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

  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new BanMapCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use render, preview, stats, demo or style (see --help)");
  }

  /**
   * User errors print one line and exit 1; anything else is a bug: stack trace and a "please
   * report" hint, exit 1. {@code --stacktrace} shows the trace for user errors too.
   */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      boolean trace = parsed.subcommand() != null
          ? parsed.subcommand().hasMatchedOption("--stacktrace")
          : parsed.hasMatchedOption("--stacktrace");
      Throwable userError = findUserError(e);
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

    private static Throwable findUserError(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof UserError) {
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
