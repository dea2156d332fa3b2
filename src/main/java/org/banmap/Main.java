package org.banmap;

import java.io.PrintWriter;
import org.banmap.cli.BanMapCommand;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(BanMapCommand.newCommandLine(out, err).execute(args));
  }
}
