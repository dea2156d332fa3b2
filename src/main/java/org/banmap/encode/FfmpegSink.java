package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.banmap.report.UserError;

/**
 * Pipes raw frames to an external {@code ffmpeg}: H.264 (libx264) MP4 or VP9 (libvpx-vp9) WebM,
 * yuv420p, constant quality (CRF from {@link Quality}), exact frame rate.
 *
 * <p>Frames go down the pipe as {@code bgr0}: on a little-endian machine the ints of a
 * TYPE_INT_RGB raster (0x00RRGGBB) are already the bytes B, G, R, 0, so each frame is one bulk copy
 * and ffmpeg's SIMD scaler does the BT.601 limited-range conversion to YUV 4:2:0. The stream is
 * tagged like {@link Mp4Sink}'s (BT.601 matrix, sRGB primaries and curve, limited range). MP4s get
 * {@code -movflags +faststart} (index before samples).
 *
 * <p>ffmpeg writes the hidden temp file of an {@link AtomicOutputFile}; {@link #close()} waits for
 * it and renames the file into place. On failure ffmpeg's own message is in the exception. On
 * {@link #abort()}, or when the JVM exits (Ctrl-C), the ffmpeg process is killed and the temp file
 * deleted. Not thread-safe: one renderer thread feeds it.
 */
public final class FfmpegSink extends AtomicFrameSink {
  /** x264's presets, fastest first. */
  public static final List<String> PRESETS = List.of(
      "ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo");
  private static final int STDERR_TAIL_BYTES = 16 * 1024;

  private final FfmpegTool ffmpeg;
  private final Process process;
  private final OutputStream pipe;
  private final Thread stderrReader;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread killOnExit;
  private final int widthPx;
  private final int heightPx;
  private final byte[] frameBytes;
  private final IntBuffer frameInts;
  private final String description;

  private FfmpegSink(FfmpegTool ffmpeg, AtomicOutputFile output, Process process, int widthPx, int heightPx,
      String description) {
    super(output, "video");
    this.ffmpeg = ffmpeg;
    this.process = process;
    this.pipe = process.getOutputStream();
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.description = description;
    this.frameBytes = new byte[widthPx * heightPx * 4];
    this.frameInts = ByteBuffer.wrap(frameBytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    this.stderrReader = new Thread(this::readStderr, "banmap-ffmpeg-stderr");
    stderrReader.setDaemon(true);
    stderrReader.start();
    // Ctrl-C: AtomicOutputFile's hook deletes the temp file, this one stops ffmpeg writing to it.
    this.killOnExit = new Thread(process::destroyForcibly, "banmap-kill-ffmpeg");
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** @throws IllegalArgumentException unless {@code preset} is one of {@link #PRESETS} */
  static void checkPreset(String preset) {
    if (!PRESETS.contains(preset)) {
      throw new IllegalArgumentException("unknown x264 preset '" + preset + "' (use one of " + String.join(", ", PRESETS)
          + "; faster presets give bigger files)");
    }
  }

  /**
   * Starts {@code ffmpeg} writing {@code target} as {@code format} (MP4 or WEBM) for frames of
   * {@code widthPx} x {@code heightPx} (both even) at {@code fps}.
   *
   * @throws UserError if ffmpeg cannot be started, or the target folder is missing or not writable
   */
  public static FfmpegSink open(Path ffmpegExecutable, Path target, OutputFormat format, int widthPx, int heightPx,
      int fps, Quality quality, String preset) throws IOException {
    return open(new FfmpegTool(ffmpegExecutable), target, format, widthPx, heightPx, fps, quality, preset);
  }

  static FfmpegSink open(FfmpegTool ffmpeg, Path target, OutputFormat format, int widthPx, int heightPx, int fps,
      Quality quality, String preset) throws IOException {
    if (widthPx <= 0 || heightPx <= 0 || widthPx % 2 != 0 || heightPx % 2 != 0) {
      throw new IllegalArgumentException("Video size must be positive and even (YUV 4:2:0 halves it), got "
          + widthPx + "x" + heightPx);
    }
    if (fps <= 0) {
      throw new IllegalArgumentException("Frame rate must be > 0, got " + fps);
    }
    checkPreset(preset);
    if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
      // Not a real limit (ffmpeg also reads 0rgb), just untested: fail loudly rather than swap colours.
      throw new UserError("the ffmpeg encoder assumes a little-endian machine (use --encoder jcodec)");
    }
    String description;
    if (format == OutputFormat.MP4) {
      description = "H.264 MP4 (ffmpeg libx264, CRF " + quality.x264Crf() + ", preset " + preset + ")";
    } else if (format == OutputFormat.WEBM) {
      description = "VP9 WebM (ffmpeg libvpx-vp9, CRF " + quality.vp9Crf() + ")";
    } else {
      throw new IllegalArgumentException("ffmpeg sink writes MP4 or WebM, not " + format.label());
    }
    AtomicOutputFile output = AtomicOutputFile.file(target);
    List<String> command = command(ffmpeg, output.temp(), format, widthPx, heightPx, fps, quality, preset);
    try {
      Process process = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      return new FfmpegSink(ffmpeg, output, process, widthPx, heightPx, description);
    } catch (IOException e) {
      output.discard();
      throw new UserError("cannot start " + ffmpeg + ": " + e.getMessage()
          + " (check that it is an ffmpeg executable, or use --encoder jcodec)", e);
    } catch (RuntimeException e) {
      output.discard();
      throw e;
    }
  }

  static List<String> command(FfmpegTool ffmpeg, Path out, OutputFormat format, int widthPx, int heightPx, int fps,
      Quality quality, String preset) {
    List<String> c = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-loglevel", "error",
        "-y", "-f", "rawvideo", "-pix_fmt", "bgr0", "-video_size", widthPx + "x" + heightPx,
        "-framerate", Integer.toString(fps), "-i", "pipe:0", "-an",
        // Same matrix and range as Yuv420Converter, with exact rounding and full chroma.
        "-vf", "scale=out_color_matrix=bt601:out_range=tv:flags=accurate_rnd+full_chroma_int,format=yuv420p",
        "-color_range", "tv", "-colorspace", "smpte170m", "-color_primaries", "bt709",
        "-color_trc", "iec61966-2-1", "-g", Integer.toString(2 * fps)));
    if (format == OutputFormat.MP4) {
      c.addAll(List.of("-c:v", "libx264", "-preset", preset, "-crf", Integer.toString(quality.x264Crf()),
          "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4"));
    } else {
      // libvpx's own speed scale: "realtime" for the fast x264 presets, "good" (slower, smaller) otherwise.
      int index = PRESETS.indexOf(preset);
      boolean realtime = index <= PRESETS.indexOf("veryfast");
      int cpuUsed = realtime ? 8 - index : Math.max(0, 5 - (index - PRESETS.indexOf("faster")));
      c.addAll(List.of("-c:v", "libvpx-vp9", "-crf", Integer.toString(quality.vp9Crf()), "-b:v", "0",
          "-deadline", realtime ? "realtime" : "good", "-cpu-used", Integer.toString(cpuUsed), "-row-mt", "1",
          "-pix_fmt", "yuv420p", "-f", "webm"));
    }
    c.add(out.toString());
    return c;
  }

  @Override
  public String description() {
    return description;
  }

  /** ffmpeg's process id (for tests that check it is gone). */
  long pid() {
    return process.pid();
  }

  @Override
  void write(BufferedImage frame, long index) throws IOException {
    if (frame.getWidth() != widthPx || frame.getHeight() != heightPx) {
      throw new IllegalArgumentException("Frame is " + frame.getWidth() + "x" + frame.getHeight()
          + " but the video was opened as " + widthPx + "x" + heightPx);
    }
    Yuv420Converter.PackedPixels packed = Yuv420Converter.PackedPixels.of(frame);
    frameInts.clear();
    if (packed.stride() == widthPx) {
      frameInts.put(packed.pixels(), packed.origin(), widthPx * heightPx);
    } else {
      for (int y = 0; y < heightPx; y++) {
        frameInts.put(packed.pixels(), packed.origin() + y * packed.stride(), widthPx);
      }
    }
    try {
      pipe.write(frameBytes);
    } catch (IOException e) {
      // ffmpeg quit (bad option, full disk): its message says why, the broken pipe does not.
      throw failed("stopped reading frames after " + index, e);
    }
  }

  /** Sends the end of input and waits for ffmpeg to finish the file. */
  @Override
  void finish() throws IOException {
    try {
      pipe.close();
    } catch (IOException e) {
      throw failed("did not take the last frames", e);
    }
    int exit = waitForExit();
    if (exit != 0) {
      throw failed("exited with code " + exit, null);
    }
    if (Files.size(output.temp()) == 0) {
      throw failed("wrote an empty file", null);
    }
    // ffmpeg is done: nothing left for the hook to kill.
    removeHook();
  }

  private int waitForExit() throws IOException {
    try {
      int exit = process.waitFor();
      stderrReader.join(5_000);
      return exit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while ffmpeg was finishing " + output.target());
    }
  }

  /** Kills ffmpeg (harmless once it has exited). */
  @Override
  void stop() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      pipe.close();
    } catch (IOException e) {
      // ffmpeg is gone: a broken pipe is expected.
    }
    removeHook();
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook runs anyway, and killing a dead process is harmless.
    }
  }

  /** An error naming ffmpeg, the target and ffmpeg's own words; {@code what} says what went wrong. */
  private IOException failed(String what, IOException cause) throws IOException {
    int exit = -1;
    try {
      if (process.waitFor(10, TimeUnit.SECONDS)) {
        exit = process.exitValue();
      }
      stderrReader.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String said;
    synchronized (stderr) {
      said = stderr.toString(StandardCharsets.UTF_8).strip();
    }
    return new IOException("ffmpeg (" + ffmpeg + ") " + what + " while writing " + output.target()
        + (exit >= 0 ? " (exit code " + exit + ")" : "") + (said.isEmpty() ? "" : ":\n" + said)
        + "\n(fix the problem ffmpeg reports, or use --encoder jcodec for MP4)", cause);
  }

  private void readStderr() {
    byte[] buffer = new byte[4096];
    try (InputStream in = process.getErrorStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (stderr) {
          if (stderr.size() < STDERR_TAIL_BYTES) {
            stderr.write(buffer, 0, Math.min(n, STDERR_TAIL_BYTES - stderr.size()));
          }
        }
      }
    } catch (IOException e) {
      // ffmpeg was killed: nothing more to read.
    }
  }
}
