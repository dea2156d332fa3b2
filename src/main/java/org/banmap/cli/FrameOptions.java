package org.banmap.cli;

import picocli.CommandLine.Option;

/** Which single frame to render ({@code preview}, {@code demo --at}) and whether to keep watching the styles. */
final class FrameOptions {
  @Option(
      names = "--at",
      paramLabel = "TIME",
      converter = TimeArgument.Converter.class,
      description = "Render only the frame at TIME (ISO date-time, with or without offset; without one it is in the log zone) as a PNG.")
  TimeArgument at;

  @Option(names = "--watch", description = "Keep running and re-render the frame whenever a style file changes (stop with Ctrl-C).")
  boolean watch;
}
