package org.banmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code banmap style}: tools for SLD styles ({@code check}, {@code render}). */
@Command(
    name = "style",
    mixinStandardHelpOptions = true,
    description = "Check SLD styles, or render GeoJSON data through them.",
    subcommands = {StyleCheckCommand.class, StyleRenderCommand.class, StyleBenchCommand.class})
final class StyleCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: use check or render (see --help)");
  }
}
