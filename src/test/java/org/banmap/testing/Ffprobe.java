package org.banmap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks videos with the real ffprobe/ffmpeg, the tools our users' players are closest to. Tests
 * that use it are skipped (not failed) where ffprobe is not installed.
 *
 * <pre>
 *   Ffprobe.VideoInfo info = Ffprobe.probe(mp4);
 *   assertEquals(91, info.frameCount());
 *   Ffprobe.Decoded frame = Ffprobe.decodeFrame(mp4, 90);
 *   assertEquals("", frame.stderr());
 *   assertTrue(Ffprobe.psnr(source, frame.image()) &gt; 30);
 * </pre>
 */
public final class Ffprobe {
  private static final long TIMEOUT_SECONDS = 60;
  private static Boolean available;

  private Ffprobe() {}

  /**
   * The first video stream and its container. {@code durationSeconds} is the stream's,
   * {@code formatDurationSeconds} the container's; {@code avgFrameRate} is as ffprobe prints it
   * ("25/1"). {@code frameCount} counts decoded frames (nb_read_frames), not the header's claim.
   */
  public record VideoInfo(String codec, String pixFmt, int width, int height, long frameCount,
      double durationSeconds, double formatDurationSeconds, String avgFrameRate, String rFrameRate,
      String colorRange, String colorSpace, String colorPrimaries, String colorTransfer,
      String stderr) {}

  /** A decoded frame and everything ffmpeg printed to stderr while decoding (empty = clean). */
  public record Decoded(BufferedImage image, String stderr) {}

  /** Frames decoded in one pass, in the order asked for, and what ffmpeg printed while decoding the whole file. */
  public record DecodedFrames(List<BufferedImage> images, String stderr) {}

  /** Skips the calling test unless both ffprobe and ffmpeg run. */
  public static synchronized void assumeAvailable() {
    if (available == null) {
      available = runs("ffprobe") && runs("ffmpeg");
    }
    Assumptions.assumeTrue(available, "ffprobe/ffmpeg not on PATH: install ffmpeg to run video checks");
  }

  private static boolean runs(String tool) {
    try {
      Process p = new ProcessBuilder(tool, "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Probes {@code video}, decoding every frame to count them. */
  public static VideoInfo probe(Path video) {
    assumeAvailable();
    Result r = run(List.of("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
        "-show_streams", "-show_format", "-of", "json", video.toString()));
    if (r.exit != 0) {
      throw new AssertionError("ffprobe failed on " + video + " (exit " + r.exit + "): " + r.stderr);
    }
    try {
      JsonNode root = new ObjectMapper().readTree(r.stdout);
      JsonNode s = root.path("streams").path(0);
      if (s.isMissingNode()) {
        throw new AssertionError("ffprobe found no video stream in " + video + ": " + new String(r.stdout, StandardCharsets.UTF_8));
      }
      return new VideoInfo(s.path("codec_name").asText(), s.path("pix_fmt").asText(),
          s.path("width").asInt(), s.path("height").asInt(), s.path("nb_read_frames").asLong(-1),
          s.path("duration").asDouble(Double.NaN), root.path("format").path("duration").asDouble(Double.NaN),
          s.path("avg_frame_rate").asText(), s.path("r_frame_rate").asText(),
          s.path("color_range").asText(), s.path("color_space").asText(),
          s.path("color_primaries").asText(), s.path("color_transfer").asText(), r.stderr);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable ffprobe JSON for " + video, e);
    }
  }

  /** Decodes frame {@code n} (0-based) to RGB with {@code ffmpeg -v error}. */
  public static Decoded decodeFrame(Path video, int n) {
    assumeAvailable();
    Result r = run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", video.toString(),
        "-vf", "select=eq(n\\," + n + ")", "-vframes", "1", "-f", "image2pipe", "-vcodec", "png", "-"));
    if (r.exit != 0 || r.stdout.length == 0) {
      throw new AssertionError("ffmpeg could not decode frame " + n + " of " + video + " (exit " + r.exit + "): " + r.stderr);
    }
    try {
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.stdout));
      BufferedImage rgb = new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(png, 0, 0, null);
      return new Decoded(rgb, r.stderr);
    } catch (IOException e) {
      throw new UncheckedIOException("ffmpeg output for frame " + n + " of " + video + " is not a PNG", e);
    }
  }

  /**
   * Decodes the whole of {@code video} once with {@code ffmpeg -v error} and returns frames {@code
   * n...} (0-based, ascending) as RGB, converted as {@link #decodeFrame} converts them, plus what
   * ffmpeg printed (empty = the whole file decoded cleanly, as {@link #decodeAllErrors}). One
   * process instead of one per frame and one more for the errors.
   */
  public static DecodedFrames decodeFrames(Path video, int widthPx, int heightPx, int... n) {
    assumeAvailable();
    StringBuilder select = new StringBuilder("select=");
    for (int i = 0; i < n.length; i++) {
      if (i > 0 && n[i] <= n[i - 1]) {
        throw new IllegalArgumentException("frame numbers must ascend: " + java.util.Arrays.toString(n));
      }
      select.append(i == 0 ? "" : "+").append("eq(n\\,").append(n[i]).append(')');
    }
    Result r = run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", video.toString(), "-vf", select.toString(),
        "-vsync", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"));
    int frameBytes = widthPx * heightPx * 3;
    if (r.exit != 0 || r.stdout.length != n.length * frameBytes) {
      throw new AssertionError("ffmpeg could not decode frames " + java.util.Arrays.toString(n) + " of " + video
          + " (exit " + r.exit + ", " + r.stdout.length + " bytes for " + n.length + " frames of " + widthPx + "x"
          + heightPx + "): " + r.stderr);
    }
    List<BufferedImage> frames = new ArrayList<>();
    for (int at = 0; at < r.stdout.length; at += frameBytes) {
      frames.add(rgb24(r.stdout, at, widthPx, heightPx));
    }
    return new DecodedFrames(frames, r.stderr);
  }

  private static BufferedImage rgb24(byte[] bytes, int at, int widthPx, int heightPx) {
    BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    int i = at;
    for (int y = 0; y < heightPx; y++) {
      for (int x = 0; x < widthPx; x++, i += 3) {
        image.setRGB(x, y, (bytes[i] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF));
      }
    }
    return image;
  }

  /**
   * Decodes every frame to RGB (ffmpeg's default YUV to RGB conversion, as for {@link #decodeFrame}).
   * Fails the test if ffmpeg prints anything at {@code -v error}.
   */
  public static List<BufferedImage> decodeAllFrames(Path video) {
    VideoInfo info = probe(video);
    Result r = run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", video.toString(),
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-"));
    if (r.exit != 0 || !r.stderr.isEmpty()) {
      throw new AssertionError("ffmpeg could not decode " + video + " cleanly (exit " + r.exit + "): " + r.stderr);
    }
    int frameBytes = info.width() * info.height() * 3;
    if (r.stdout.length % frameBytes != 0) {
      throw new AssertionError("decoded " + r.stdout.length + " bytes, not a whole number of " + info.width() + "x"
          + info.height() + " RGB frames");
    }
    List<BufferedImage> frames = new ArrayList<>();
    for (int at = 0; at < r.stdout.length; at += frameBytes) {
      frames.add(rgb24(r.stdout, at, info.width(), info.height()));
    }
    return frames;
  }

  /** The largest difference of any R, G or B sample between two images of the same size. */
  public static int maxChannelDifference(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new IllegalArgumentException("images differ in size: " + a.getWidth() + "x" + a.getHeight()
          + " and " + b.getWidth() + "x" + b.getHeight());
    }
    int max = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          max = Math.max(max, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
        }
      }
    }
    return max;
  }

  /** Decodes the whole file with {@code ffmpeg -v error} and returns what it printed (empty = clean). */
  public static String decodeAllErrors(Path video) {
    assumeAvailable();
    Result r = run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", video.toString(), "-f", "null", "-"));
    return r.exit == 0 ? r.stderr : "exit " + r.exit + ": " + r.stderr;
  }

  /**
   * Peak signal-to-noise ratio over R, G and B in dB (8 bits per channel); infinity for identical
   * images. Above 30 dB differences are hard to see, above 40 practically invisible.
   */
  public static double psnr(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new IllegalArgumentException("PSNR needs equal sizes, got " + a.getWidth() + "x" + a.getHeight()
          + " and " + b.getWidth() + "x" + b.getHeight());
    }
    double sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          int d = ((p >> shift) & 0xFF) - ((q >> shift) & 0xFF);
          sum += d * d;
        }
      }
    }
    double mse = sum / (3.0 * a.getWidth() * a.getHeight());
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
  }

  private record Result(int exit, byte[] stdout, String stderr) {}

  private static Result run(List<String> command) {
    try {
      Process p = new ProcessBuilder(new ArrayList<>(command)).start();
      p.getOutputStream().close();
      // Read stderr on the side: a chatty ffmpeg would otherwise block on a full pipe.
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      byte[] out = readAll(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
      }
      return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command.get(0), e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
