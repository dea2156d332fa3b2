package org.banmap.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"}, description = "No progress bars; only errors and the summary.")
  boolean quiet;

  @Option(names = "--stacktrace", description = "Print the stack trace of errors (for bug reports).")
  boolean stacktrace;
}
