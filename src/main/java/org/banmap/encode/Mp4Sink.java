package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Packet.FrameType;
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
 * <p>The file is written to a hidden temp file next to the target and renamed on {@link #close()}
 * (see {@link AtomicOutputFile}). Not thread-safe: one renderer thread feeds it.
 */
public final class Mp4Sink implements FrameSink {
  /**
   * Quantiser for all frames: 0 is lossless-ish and huge, 51 a blur. At 24 a 1280x720 map with
   * thin coastlines decodes at ~40 dB PSNR; lower values mostly grow the file.
   */
  public static final int DEFAULT_QP = 24;

  private final AtomicOutputFile output;
  private final FileChannel channel;
  private final MP4Muxer muxer;
  private final MuxerTrack track;
  private final H264FrameEncoder encoder;
  private final int fps;
  private long frames;
  private boolean finished;

  private Mp4Sink(AtomicOutputFile output, FileChannel channel, MP4Muxer muxer, MuxerTrack track,
      H264FrameEncoder encoder, int fps) {
    this.output = output;
    this.channel = channel;
    this.muxer = muxer;
    this.track = track;
    this.encoder = encoder;
    this.fps = fps;
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
    encoder.convert(frame);
    H264FrameEncoder.Encoded encoded = encoder.encode();
    // pts and duration in 1/fps ticks: exact for any frame count, no rounding drift.
    Packet packet = Packet.createPacket(encoded.annexB(), frames, fps, 1, frames,
        encoded.keyFrame() ? FrameType.KEY : FrameType.INTER, null);
    try {
      track.addFrame(packet);
    } catch (IOException e) {
      throw new IOException("Could not write frame " + frames + " to " + output.temp() + ": " + e.getMessage(), e);
    }
    frames++;
  }

  /**
   * Writes the MP4 index and renames the file into place. With no frames there is nothing to play:
   * the temp file is deleted and an {@link IllegalStateException} says so. On any failure the temp
   * file is deleted too. A second call does nothing.
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
    finished = true;
    try {
      muxer.finish();
      channel.force(false);
      channel.close();
      output.commit();
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      output.discard();
      throw e;
    }
  }

  @Override
  public void abort() {
    finished = true;
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
