package org.banmap.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.banmap.report.UserError;

/**
 * Opens the right {@link FrameSink} for an output path: the format from the extension
 * ({@link OutputFormat}), the encoder from {@link EncoderSettings}.
 *
 * <pre>
 *   try (FrameSink sink = Sinks.open(Path.of("bans.mp4"), EncoderSettings.defaults(), 1280, 720, 30, err::println)) {
 *     ... sink.accept(frame) ...
 *   }
 * </pre>
 *
 * <p>With {@link EncoderChoice#AUTO} an MP4 goes to ffmpeg (libx264) when one is on PATH, else to
 * jcodec; either way {@code notices} gets one line saying which and why.
 */
public final class Sinks {
  private Sinks() {}

  /** Opens a sink for {@code output}, looking for ffmpeg on this process's PATH. */
  public static FrameSink open(Path output, EncoderSettings settings, int widthPx, int heightPx, int fps,
      Consumer<String> notices) throws IOException {
    return open(output, settings, widthPx, heightPx, fps, notices, System.getenv("PATH"));
  }

  /** As {@link #open(Path, EncoderSettings, int, int, int, Consumer)}, with ffmpeg searched in {@code searchPath}. */
  static FrameSink open(Path output, EncoderSettings settings, int widthPx, int heightPx, int fps,
      Consumer<String> notices, String searchPath) throws IOException {
    OutputFormat format = OutputFormat.of(output);
    switch (format) {
      case MP4:
        return openMp4(output, settings, widthPx, heightPx, fps, notices, searchPath);
      case WEBM:
        return openWebm(output, settings, widthPx, heightPx, fps, notices, searchPath);
      case GIF:
        return GifSink.open(output, widthPx, heightPx, fps);
      default:
        return PngFolderSink.open(output, widthPx, heightPx);
    }
  }

  private static FrameSink openMp4(Path output, EncoderSettings settings, int widthPx, int heightPx, int fps,
      Consumer<String> notices, String searchPath) throws IOException {
    EncoderChoice choice = settings.encoder();
    if (choice == EncoderChoice.JCODEC) {
      return openJcodec(output, settings, widthPx, heightPx, fps);
    }
    Optional<FfmpegTool> ffmpeg = FfmpegTool.find(searchPath);
    boolean usable = ffmpeg.isPresent() && ffmpeg.get().hasEncoder("libx264");
    if (choice == EncoderChoice.FFMPEG && !usable) {
      throw new UserError(missing(ffmpeg, "libx264", "--encoder ffmpeg")
          + " (install ffmpeg with libx264, e.g. apt install ffmpeg, or use --encoder jcodec)");
    }
    if (!usable) {
      notices.accept("encoder: jcodec, built in (" + missing(ffmpeg, "libx264", "auto")
          + "; install ffmpeg for faster encoding and smaller files)");
      return openJcodec(output, settings, widthPx, heightPx, fps);
    }
    FfmpegSink sink = FfmpegSink.open(ffmpeg.get(), output, OutputFormat.MP4, widthPx, heightPx, fps,
        settings.quality(), settings.preset());
    if (choice == EncoderChoice.AUTO) {
      notices.accept("encoder: ffmpeg " + ffmpeg.get() + " (libx264, preset " + settings.preset()
          + ", CRF " + settings.quality().x264Crf() + "); --encoder jcodec for the built-in encoder");
    }
    return sink;
  }

  private static FrameSink openWebm(Path output, EncoderSettings settings, int widthPx, int heightPx, int fps,
      Consumer<String> notices, String searchPath) throws IOException {
    if (settings.encoder() == EncoderChoice.JCODEC) {
      throw new UserError("output " + output + ": WebM (VP9) needs ffmpeg, jcodec writes only H.264 MP4"
          + " (use --encoder auto or ffmpeg, or name the file .mp4)");
    }
    Optional<FfmpegTool> ffmpeg = FfmpegTool.find(searchPath);
    if (ffmpeg.isEmpty() || !ffmpeg.get().hasEncoder("libvpx-vp9")) {
      throw new UserError("output " + output + ": " + missing(ffmpeg, "libvpx-vp9", "WebM")
          + " (install ffmpeg with libvpx, e.g. apt install ffmpeg, or name the file .mp4)");
    }
    if (settings.encoder() == EncoderChoice.AUTO) {
      notices.accept("encoder: ffmpeg " + ffmpeg.get() + " (libvpx-vp9, CRF " + settings.quality().vp9Crf() + ")");
    }
    return FfmpegSink.open(ffmpeg.get(), output, OutputFormat.WEBM, widthPx, heightPx, fps, settings.quality(),
        settings.preset());
  }

  private static FrameSink openJcodec(Path output, EncoderSettings settings, int widthPx, int heightPx, int fps)
      throws IOException {
    return Mp4Sink.open(output, widthPx, heightPx, fps, settings.quality().jcodecQp(), settings.jcodecThreads());
  }

  private static String missing(Optional<FfmpegTool> ffmpeg, String encoder, String who) {
    return ffmpeg.map(f -> who + ": " + f + " has no " + encoder + " encoder")
        .orElse(who + ": no ffmpeg found on PATH");
  }
}
