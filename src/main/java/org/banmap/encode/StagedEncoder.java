package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * An encoder split into its two per-frame stages, {@link #convert} (RGB to what the codec eats)
 * and {@link #encode}, so {@code banmap benchmark} can time them apart. Also a {@link FrameSink}
 * ({@code accept} = convert then encode, on the caller's thread) for the end-to-end runs of the
 * encoders that have no product sink of their own yet. Written straight to {@code target}, not
 * atomically: benchmark output only.
 */
public abstract class StagedEncoder implements FrameSink {
  /** Converts the frame into the encoder's input buffer (the "convert" stage). */
  public abstract void convert(BufferedImage frame);

  /** Encodes the frame last converted (the "encode" stage). */
  public abstract void encode() throws IOException;

  @Override
  public final void accept(BufferedImage frame) throws IOException {
    convert(frame);
    encode();
  }

  @Override
  public void abort() {}

  /**
   * Our jcodec path, one thread: {@link Yuv420Converter} straight from the raster, then our tuned
   * H.264 encoder (motion search 0, constant QP, 2 s GOP). Encodes only, writes no file (the MP4
   * muxer costs microseconds); end-to-end runs use {@link Mp4Sink}.
   */
  public static StagedEncoder jcodec(int widthPx, int heightPx, int fps) {
    H264FrameEncoder encoder = new H264FrameEncoder(widthPx, heightPx, fps, Mp4Sink.DEFAULT_QP, 2 * fps);
    Picture picture = encoder.newPicture();
    return new StagedEncoder() {
      @Override
      public void convert(BufferedImage frame) {
        encoder.convert(frame, picture);
      }

      @Override
      public void encode() {
        encoder.encode(picture);
      }

      @Override
      public void close() {}
    };
  }

  /**
   * The naive jcodec path, as in jcodec's README: what {@code AWTSequenceEncoder.encodeImage} does
   * (jcodec-javase, which we do not ship), rebuilt from jcodec core. Convert = {@code
   * AWTUtil.fromBufferedImageRGB}: a new RGB picture per frame, filled by {@code getRGB(x, y)} per
   * pixel. Encode = {@code SequenceEncoder.encodeNativeFrame}: jcodec's RGB to YUV 4:2:0 transform,
   * then {@code H264Encoder} with its defaults (default motion search, jcodec's own rate control,
   * its default key frame interval), muxed into an MP4. Everything on one thread.
   */
  public static StagedEncoder naiveJcodec(Path target, int widthPx, int heightPx, int fps) throws IOException {
    SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(target.toFile(), fps);
    return new StagedEncoder() {
      private Picture picture;

      @Override
      public void convert(BufferedImage frame) {
        Picture rgb = Picture.create(frame.getWidth(), frame.getHeight(), ColorSpace.RGB);
        byte[] data = rgb.getPlaneData(0);
        int at = 0;
        for (int y = 0; y < frame.getHeight(); y++) {
          for (int x = 0; x < frame.getWidth(); x++) {
            int p = frame.getRGB(x, y);
            data[at++] = (byte) (((p >> 16) & 0xFF) - 128);
            data[at++] = (byte) (((p >> 8) & 0xFF) - 128);
            data[at++] = (byte) ((p & 0xFF) - 128);
          }
        }
        picture = rgb;
      }

      @Override
      public void encode() throws IOException {
        encoder.encodeNativeFrame(picture);
      }

      @Override
      public void close() throws IOException {
        encoder.finish();
      }
    };
  }

  /**
   * ffmpeg's libx264 fed through a pipe: convert = {@link Yuv420Converter} into a yuv420p buffer,
   * encode = writing it to ffmpeg's stdin (ffmpeg encodes on its own threads meanwhile; a full pipe
   * makes the write wait, so this measures ffmpeg's throughput). {@link #close()} waits for ffmpeg
   * to finish the file. Until the product's ffmpeg sink exists, the benchmark's stand-in for it.
   */
  public static StagedEncoder ffmpeg(Path target, int widthPx, int heightPx, int fps, String preset) throws IOException {
    Process process = new ProcessBuilder(List.of("ffmpeg", "-nostdin", "-v", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", widthPx + "x" + heightPx, "-r", Integer.toString(fps), "-i", "-",
        "-c:v", "libx264", "-preset", preset, "-pix_fmt", "yuv420p",
        "-color_range", "tv", "-colorspace", "smpte170m", "-movflags", "+faststart", target.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    int chroma = Yuv420Converter.chromaWidth(widthPx) * Yuv420Converter.chromaHeight(heightPx);
    byte[] y = new byte[widthPx * heightPx];
    byte[] cb = new byte[chroma];
    byte[] cr = new byte[chroma];
    OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 20);
    return new StagedEncoder() {
      @Override
      public void convert(BufferedImage frame) {
        Yuv420Converter.convert(frame, y, cb, cr);
        // Yuv420Converter stores value - 128 (jcodec's layout); ffmpeg wants plain unsigned bytes.
        unsign(y);
        unsign(cb);
        unsign(cr);
      }

      @Override
      public void encode() throws IOException {
        in.write(y);
        in.write(cb);
        in.write(cr);
      }

      @Override
      public void close() throws IOException {
        in.close();
        try {
          if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("ffmpeg did not finish " + target + " within 5 minutes");
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for ffmpeg", e);
        }
        if (process.exitValue() != 0) {
          String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
          throw new IOException("ffmpeg failed (exit " + process.exitValue() + "): " + err);
        }
      }

      @Override
      public void abort() {
        process.destroyForcibly();
        try {
          Files.deleteIfExists(target);
        } catch (IOException e) {
          // Benchmark scratch output in a temp folder.
        }
      }
    };
  }

  private static void unsign(byte[] samples) {
    for (int i = 0; i < samples.length; i++) {
      samples[i] ^= (byte) 0x80;
    }
  }

  /** Whether an {@code ffmpeg} that runs is on the PATH. */
  public static boolean ffmpegAvailable() {
    try {
      Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
