package org.banmap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code banmap} command. */
@Command(
    name = "banmap",
    mixinStandardHelpOptions = true,
    description = "Turns fail2ban ban records into an animated map video.")
public final class BanMapCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new BanMapCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
