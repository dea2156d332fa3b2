package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Packet.FrameType;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * Writes frames as an H.264 MP4 (yuv420p, BT.601 limited range) with jcodec, no ffmpeg needed.
 *
 * <p>Timing is exact: the track's time scale is the frame rate and every sample lasts one tick, so
 * N frames last exactly N / fps seconds. A key frame every two seconds keeps seeking in a browser
 * quick without costing much (jcodec's P frames are not much smaller than its key frames anyway).
 * The index ({@code moov}) is moved in front of the samples on close ({@link Mp4Faststart}), so
 * browsers start playing before the download ends.
 *
 * <p><b>GOP-parallel.</b> Each two-second group of pictures (GOP) starts with a key frame and
 * refers to no other, so GOPs are encoded on {@code threads} threads at once and muxed in order;
 * with a constant QP the bytes are the same as with one thread. {@link #accept} only converts the
 * frame to YUV (a few ms) and queues it for its GOP's thread. Memory stays bounded: at most
 * {@code threads} GOPs are in flight and at most {@code (threads - 1) * GOP + threads + 3}
 * pictures exist (1.4 MB each at 720p, 3.1 MB at 1080p); a full pool makes {@code accept} wait.
 * An encoding failure is thrown by the next {@code accept} or {@code close}.
 *
 * <p>The file is written to a hidden temp file next to the target and renamed on {@link #close()}
 * (see {@link AtomicOutputFile}). Not thread-safe: one renderer thread feeds it.
 */
public final class Mp4Sink extends AtomicFrameSink {
  /**
   * Quantiser for all frames: lower is sharper and bigger. Measured on a 1280x720 map with 3000
   * dots and thin outlines: QP 16 36 dB / 32 KB per frame, 20 33 dB / 27 KB, 24 31 dB / 24 KB
   * (PSNR vs the RGB source; 38 dB is the ceiling that 4:2:0 chroma allows for such tiny dots).
   */
  public static final int DEFAULT_QP = 20;

  /** Spare pictures beyond what the GOPs in flight hold: enough to ride out a slow frame. */
  private static final int SPARE_PICTURES = 3;

  /** Marks the end of a GOP's pictures (never encoded). */
  private static final Picture END_OF_GOP = Picture.create(2, 2, ColorSpace.YUV420J);

  /** One GOP: its pictures as they arrive, its packets once encoded. */
  private static final class Gop {
    final BlockingQueue<Picture> pictures = new LinkedBlockingQueue<>();
    final CompletableFuture<List<H264FrameEncoder.Encoded>> encoded = new CompletableFuture<>();
    int frames;
  }

  /** Tells the mux thread that no more GOPs follow. */
  private static final Gop END_OF_VIDEO = new Gop();

  private final FileChannel channel;
  private final MP4Muxer muxer;
  private final MuxerTrack track;
  private final H264FrameEncoder converter;
  private final int fps;
  private final int qp;
  private final int threads;
  private final int maxPictures;
  private final BlockingQueue<H264FrameEncoder> idleEncoders;
  private final ConcurrentLinkedQueue<Picture> freePictures = new ConcurrentLinkedQueue<>();
  private final Semaphore gopSlots;
  private final BlockingQueue<Gop> muxQueue;
  private final ExecutorService workers;
  private final Thread muxThread;
  private volatile Throwable failure;
  private volatile long muxedFrames;
  private int pictures;
  private Gop current;

  private Mp4Sink(AtomicOutputFile output, FileChannel channel, MP4Muxer muxer, MuxerTrack track,
      List<H264FrameEncoder> encoders, int fps, int qp) {
    super(output, "video");
    this.channel = channel;
    this.muxer = muxer;
    this.track = track;
    this.converter = encoders.get(0);
    this.fps = fps;
    this.qp = qp;
    this.threads = encoders.size();
    this.maxPictures = (threads - 1) * converter.keyIntervalFrames() + threads + SPARE_PICTURES;
    this.idleEncoders = new ArrayBlockingQueue<>(threads, false, encoders);
    this.gopSlots = new Semaphore(threads);
    this.muxQueue = new ArrayBlockingQueue<>(4 * threads + 1);
    AtomicInteger workerNumber = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "banmap-h264-gop-" + workerNumber.incrementAndGet());
      // Daemons, so a caller that forgets close() cannot keep the JVM alive.
      t.setDaemon(true);
      return t;
    });
    this.muxThread = new Thread(this::muxLoop, "banmap-mp4-muxer");
    muxThread.setDaemon(true);
    muxThread.start();
  }

  /** Opens an MP4 at {@link #DEFAULT_QP} on one encoder thread. Width and height must be even. */
  public static Mp4Sink open(Path target, int widthPx, int heightPx, int fps) throws IOException {
    return open(target, widthPx, heightPx, fps, DEFAULT_QP, 1);
  }

  /** Opens an MP4 with quantiser {@code qp} on one encoder thread. */
  public static Mp4Sink open(Path target, int widthPx, int heightPx, int fps, int qp) throws IOException {
    return open(target, widthPx, heightPx, fps, qp, 1);
  }

  /**
   * Opens an MP4 for frames of exactly {@code widthPx} x {@code heightPx} (both even) at {@code fps}
   * frames per second, quantiser {@code qp} (0..51, see {@link #DEFAULT_QP}), GOPs encoded on
   * {@code threads} threads (the output bytes do not depend on it).
   *
   * @throws IllegalArgumentException for an odd or non-positive size, fps, QP or threads out of range
   * @throws org.banmap.report.UserError if the target folder is missing or not writable
   */
  public static Mp4Sink open(Path target, int widthPx, int heightPx, int fps, int qp, int threads) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("Encoder threads must be >= 1, got " + threads);
    }
    // Validate everything before creating the temp file, so bad arguments leave no trace.
    List<H264FrameEncoder> encoders = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      encoders.add(new H264FrameEncoder(widthPx, heightPx, fps, qp, 2 * fps));
    }
    AtomicOutputFile output = AtomicOutputFile.file(target);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(output.temp(), StandardOpenOption.WRITE, StandardOpenOption.READ);
      MP4Muxer muxer = MP4Muxer.createMP4MuxerToChannel(new FileChannelWrapper(channel));
      MuxerTrack track = muxer.addVideoTrack(Codec.H264,
          VideoCodecMeta.createSimpleVideoCodecMeta(new Size(widthPx, heightPx), ColorSpace.YUV420));
      return new Mp4Sink(output, channel, muxer, track, encoders, fps, qp);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      output.discard();
      throw e;
    }
  }

  @Override
  public String description() {
    return "H.264 MP4 (jcodec, QP " + qp + ", " + threads + (threads == 1 ? " thread)" : " threads)");
  }

  @Override
  void write(BufferedImage frame, long index) throws IOException {
    throwIfFailed();
    Picture picture = takeFreePicture();
    try {
      converter.convert(frame, picture);
    } catch (RuntimeException e) {
      freePictures.add(picture);
      throw e;
    }
    if (current == null || current.frames == converter.keyIntervalFrames()) {
      startGop();
    }
    current.pictures.add(picture);
    current.frames++;
    if (current.frames == converter.keyIntervalFrames()) {
      current.pictures.add(END_OF_GOP);
    }
  }

  private Picture takeFreePicture() throws IOException {
    try {
      Picture picture;
      // Poll rather than wait forever: a failed encoder thread returns no pictures.
      while ((picture = freePictures.poll()) == null) {
        if (pictures < maxPictures) {
          pictures++;
          return converter.newPicture();
        }
        throwIfFailed();
        Thread.sleep(2);
      }
      return picture;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for the MP4 encoder (" + output.target() + ")");
    }
  }

  /** Starts the next GOP on a worker once fewer than {@code threads} GOPs are being encoded. */
  private void startGop() throws IOException {
    Gop gop = new Gop();
    try {
      while (!gopSlots.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        throwIfFailed();
      }
      queueForMuxer(gop);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for the MP4 encoder (" + output.target() + ")");
    }
    workers.execute(() -> encodeGop(gop));
    current = gop;
  }

  private void queueForMuxer(Gop gop) throws InterruptedException, IOException {
    while (!muxQueue.offer(gop, 50, TimeUnit.MILLISECONDS)) {
      throwIfFailed();
    }
  }

  private void encodeGop(Gop gop) {
    H264FrameEncoder encoder = idleEncoders.remove(); // as many encoders as workers
    try {
      encoder.startGop();
      List<H264FrameEncoder.Encoded> packets = new ArrayList<>();
      while (true) {
        Picture picture = gop.pictures.take();
        if (picture == END_OF_GOP) {
          break;
        }
        packets.add(encoder.encode(picture));
        freePictures.add(picture);
      }
      gop.encoded.complete(packets);
    } catch (InterruptedException e) {
      // abort(): stop quietly, the file is deleted anyway.
      gop.encoded.completeExceptionally(e);
    } catch (RuntimeException | Error e) {
      failure = e;
      gop.encoded.completeExceptionally(e);
    } finally {
      idleEncoders.add(encoder);
      gopSlots.release();
    }
  }

  private void muxLoop() {
    try {
      while (true) {
        Gop gop = muxQueue.take();
        if (gop == END_OF_VIDEO) {
          return;
        }
        for (H264FrameEncoder.Encoded encoded : gop.encoded.get()) {
          long n = muxedFrames;
          // pts and duration in 1/fps ticks: exact for any frame count, no rounding drift.
          track.addFrame(Packet.createPacket(encoded.annexB(), n, fps, 1, n,
              encoded.keyFrame() ? FrameType.KEY : FrameType.INTER, null));
          muxedFrames = n + 1;
        }
      }
    } catch (InterruptedException e) {
      // abort(): stop quietly.
    } catch (ExecutionException e) {
      if (failure == null && !(e.getCause() instanceof InterruptedException)) {
        failure = e.getCause();
      }
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    }
  }

  private void throwIfFailed() throws IOException {
    Throwable t = failure;
    if (t != null) {
      throw new IOException("Could not encode or write frame " + muxedFrames + " of " + output.temp()
          + ": " + t, t);
    }
  }

  /** Waits for the queued frames and writes the MP4 index in front of the samples. */
  @Override
  void finish() throws IOException {
    try {
      if (current.frames < converter.keyIntervalFrames()) {
        current.pictures.add(END_OF_GOP);
      }
      queueForMuxer(END_OF_VIDEO);
      muxThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while finishing " + output.target());
    }
    throwIfFailed();
    workers.shutdown();
    muxer.finish();
    Mp4Faststart.apply(channel);
    channel.force(false);
    channel.close();
  }

  @Override
  void stop() {
    workers.shutdownNow();
    muxThread.interrupt();
    try {
      // jcodec ignores interrupts mid-frame; wait for that frame so no write follows the delete.
      workers.awaitTermination(10, TimeUnit.SECONDS);
      muxThread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(channel);
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
