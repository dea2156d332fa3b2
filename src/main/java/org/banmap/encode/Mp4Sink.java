package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Packet.FrameType;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.Brand;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * Writes frames as an H.264 MP4 (yuv420p, BT.601 limited range) with jcodec, no ffmpeg needed.
 *
 * <p>Timing is exact: the track's time scale is the frame rate and every sample lasts one tick, so
 * N frames last exactly N / fps seconds. A key frame every two seconds keeps seeking in a browser
 * quick without costing much (jcodec's P frames are not much smaller than its key frames anyway).
 *
 * <p>{@link #accept} only converts the frame to YUV (a few ms) and queues it; one background thread
 * encodes and writes (~30 ms per 720p frame), so rendering the next frame overlaps with encoding
 * this one. A full queue makes {@code accept} wait. An encoding failure is thrown by the next
 * {@code accept} or {@code close}.
 *
 * <p>The file is written to a hidden temp file next to the target and renamed on {@link #close()}
 * (see {@link AtomicOutputFile}). Not thread-safe: one renderer thread feeds it.
 */
public final class Mp4Sink implements FrameSink {
  /**
   * Quantiser for all frames: lower is sharper and bigger. Measured on a 1280x720 map with 3000
   * dots and thin outlines: QP 16 36 dB / 32 KB per frame, 20 33 dB / 27 KB, 24 31 dB / 24 KB
   * (PSNR vs the RGB source; 38 dB is the ceiling that 4:2:0 chroma allows for such tiny dots).
   */
  public static final int DEFAULT_QP = 20;

  /** Converted frames waiting for the encoder; enough to ride out a slow frame, 1.4 MB each at 720p. */
  private static final int QUEUE_PICTURES = 3;

  /** A converted frame for the encoder thread; {@code picture == null} means "no more frames". */
  private record Job(Picture picture) {}

  private final AtomicOutputFile output;
  private final FileChannel channel;
  private final MP4Muxer muxer;
  private final MuxerTrack track;
  private final H264FrameEncoder encoder;
  private final int fps;
  private final BlockingQueue<Picture> freePictures = new ArrayBlockingQueue<>(QUEUE_PICTURES);
  private final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(QUEUE_PICTURES + 1);
  private final Thread encoderThread;
  private volatile Throwable failure;
  private long frames;
  private long encodedFrames;
  private boolean finished;

  private Mp4Sink(AtomicOutputFile output, FileChannel channel, MP4Muxer muxer, MuxerTrack track,
      H264FrameEncoder encoder, int fps) {
    this.output = output;
    this.channel = channel;
    this.muxer = muxer;
    this.track = track;
    this.encoder = encoder;
    this.fps = fps;
    for (int i = 0; i < QUEUE_PICTURES; i++) {
      freePictures.add(encoder.newPicture());
    }
    this.encoderThread = new Thread(this::encodeLoop, "banmap-mp4-encoder");
    // A daemon, so a caller that forgets close() cannot keep the JVM alive.
    encoderThread.setDaemon(true);
    encoderThread.start();
  }

  /** Opens an MP4 at {@link #DEFAULT_QP}. Width and height must be even. */
  public static Mp4Sink open(Path target, int widthPx, int heightPx, int fps) throws IOException {
    return open(target, widthPx, heightPx, fps, DEFAULT_QP);
  }

  /**
   * Opens an MP4 for frames of exactly {@code widthPx} x {@code heightPx} (both even) at {@code fps}
   * frames per second, quantiser {@code qp} (0..51, see {@link #DEFAULT_QP}).
   *
   * @throws IllegalArgumentException for an odd or non-positive size, fps or QP out of range
   * @throws org.banmap.report.UserError if the target folder is missing or not writable
   */
  public static Mp4Sink open(Path target, int widthPx, int heightPx, int fps, int qp) throws IOException {
    // Validate everything before creating the temp file, so bad arguments leave no trace.
    H264FrameEncoder encoder = new H264FrameEncoder(widthPx, heightPx, fps, qp, 2 * fps);
    AtomicOutputFile output = AtomicOutputFile.file(target);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(output.temp(), StandardOpenOption.WRITE, StandardOpenOption.READ);
      MP4Muxer muxer = MP4Muxer.createMP4MuxerToChannel(new FileChannelWrapper(channel));
      MuxerTrack track = muxer.addVideoTrack(Codec.H264,
          VideoCodecMeta.createSimpleVideoCodecMeta(new Size(widthPx, heightPx), ColorSpace.YUV420));
      return new Mp4Sink(output, channel, muxer, track, encoder, fps);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      output.discard();
      throw e;
    }
  }

  /** Frames accepted so far. */
  public long frames() {
    return frames;
  }

  @Override
  public void accept(BufferedImage frame) throws IOException {
    if (finished) {
      throw new IllegalStateException("MP4 " + output.target() + " is already closed or aborted");
    }
    throwIfFailed();
    Picture picture = takeFreePicture();
    try {
      encoder.convert(frame, picture);
    } catch (RuntimeException e) {
      freePictures.add(picture);
      throw e;
    }
    putJob(new Job(picture));
    frames++;
  }

  private Picture takeFreePicture() throws IOException {
    try {
      Picture picture;
      // Poll rather than wait forever: a failed encoder thread returns no pictures.
      while ((picture = freePictures.poll(50, TimeUnit.MILLISECONDS)) == null) {
        throwIfFailed();
      }
      return picture;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for the MP4 encoder (" + output.target() + ")");
    }
  }

  private void putJob(Job job) throws IOException {
    try {
      // Never blocks for long: there are at most QUEUE_PICTURES pictures plus the end marker.
      jobs.put(job);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while queueing a frame for " + output.target());
    }
  }

  private void encodeLoop() {
    try {
      while (true) {
        Picture picture = jobs.take().picture();
        if (picture == null) {
          return;
        }
        H264FrameEncoder.Encoded encoded = encoder.encode(picture);
        freePictures.add(picture);
        // pts and duration in 1/fps ticks: exact for any frame count, no rounding drift.
        track.addFrame(Packet.createPacket(encoded.annexB(), encodedFrames, fps, 1, encodedFrames,
            encoded.keyFrame() ? FrameType.KEY : FrameType.INTER, null));
        encodedFrames++;
      }
    } catch (InterruptedException e) {
      // abort(): stop quietly, the file is deleted anyway.
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    }
  }

  private void throwIfFailed() throws IOException {
    Throwable t = failure;
    if (t != null) {
      throw new IOException("Could not encode or write frame " + encodedFrames + " of " + output.temp()
          + ": " + t, t);
    }
  }

  /**
   * Waits for the queued frames, writes the MP4 index and renames the file into place. With no
   * frames there is nothing to play: the temp file is deleted and an {@link IllegalStateException}
   * says so. On any failure the temp file is deleted too. A second call does nothing.
   */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    if (frames == 0) {
      abort();
      throw new IllegalStateException("No frames were written, so no video was saved at " + output.target());
    }
    try {
      putJob(new Job(null));
      joinEncoder();
      throwIfFailed();
      finished = true;
      muxer.finish();
      channel.force(false);
      channel.close();
      output.commit();
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  private void joinEncoder() throws IOException {
    try {
      encoderThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while finishing " + output.target());
    }
  }

  @Override
  public void abort() {
    finished = true;
    encoderThread.interrupt();
    try {
      // jcodec ignores interrupts mid-frame; wait for that frame so no write follows the delete.
      encoderThread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(channel);
    output.discard();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Aborting anyway; the temp file is deleted next.
    }
  }
}
