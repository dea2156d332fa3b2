package org.banmap.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Files written beside the video for publishing it: a poster frame and an HTML snippet. */
final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--poster",
      paramLabel = "FILE.png",
      description = "Also write the most telling frame (the one with the most bans visible, the earliest of equals) as a PNG.")
  Path poster;

  @Option(
      names = "--html",
      paramLabel = "FILE.html",
      description = "Also write a ready <video> snippet (poster, muted, autoplay, loop, playsinline, size, attribution) that refers to"
          + " the video and poster by paths relative to the snippet's folder, so the files can be uploaded together."
          + " Without --poster the poster goes beside the video as NAME-poster.png.")
  Path html;

  /** No poster, no snippet, -o taken as typed (for callers without the mixin). */
  static OutputOptions none() {
    return new OutputOptions();
  }

  /**
   * Whether {@code -o} was typed with a trailing slash ({@code -o frames/}), which asks for a
   * folder of PNG frames. {@link Path} drops the slash, so this reads the option as typed.
   */
  boolean outputTypedAsFolder() {
    if (command == null) {
      return false;
    }
    OptionSpec output = command.findOption("-o");
    if (output == null) {
      return false;
    }
    List<String> typed = output.originalStringValues();
    if (typed.isEmpty()) {
      return false;
    }
    String last = typed.get(typed.size() - 1);
    return last.endsWith("/") || last.endsWith(java.io.File.separator);
  }

  /** Where the poster goes: {@code --poster}, else beside the video when {@code --html} needs one. */
  Path posterFor(Path video) {
    if (poster != null || html == null) {
      return poster;
    }
    String name = video.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return video.resolveSibling(stem + "-poster.png");
  }
}
