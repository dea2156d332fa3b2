package org.banmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.banmap.encode.OutputFormat;
import org.banmap.pipeline.OutputTarget;
import org.banmap.pipeline.RenderSettings;
import org.banmap.report.UserError;
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

  /**
   * The outputs part of the settings for the video {@code -o video}, checked before any work: the
   * format is known, the folders exist and can be written, the poster is a PNG, {@code --html}
   * goes with an MP4.
   */
  RenderSettings.Outputs outputs(Path video) {
    OutputTarget target = OutputTarget.of(video, outputTypedAsFolder());
    Path posterPath = poster != null || html == null ? poster : RenderSettings.Outputs.impliedPoster(video);
    if (html != null && target.format() != OutputFormat.MP4) {
      throw new UserError("--html needs a video output (-o NAME.mp4), not " + video + " ("
          + target.format().label() + ")");
    }
    if (posterPath != null) {
      if (!posterPath.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
        throw new UserError("--poster " + posterPath + ": the poster is a PNG (name it e.g. poster.png)");
      }
      OutputTarget.checkFolderOf(posterPath, "--poster");
    }
    if (html != null) {
      OutputTarget.checkFolderOf(html, "--html");
    }
    return new RenderSettings.Outputs(target.path(), target.format(), posterPath, html);
  }

  /**
   * Whether {@code -o} was typed with a trailing slash ({@code -o frames/}), which asks for a
   * folder of PNG frames. {@link Path} drops the slash, so this reads the option as typed.
   */
  private boolean outputTypedAsFolder() {
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
}
