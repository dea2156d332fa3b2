package org.banmap.encode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Writes frames as an endlessly looping animated GIF, small enough for a README or a chat.
 *
 * <p><b>Size.</b> Frames wider than {@link #DEFAULT_MAX_WIDTH_PX} are shrunk by area averaging
 * (see {@link AreaScaler}: small dots stay visible, only dimmer). Only every k-th frame is kept,
 * k = ceil(fps / {@link #DEFAULT_MAX_FPS}), so 30 fps becomes 10 fps, 24 fps 12, 25 fps 8.3; even
 * spacing looks smoother than dropping an irregular pattern of frames. Each frame after the first
 * stores only the rectangle that changed, with unchanged pixels transparent over the previous
 * frame, which the LZW coder squeezes to almost nothing: the basemap is stored once.
 *
 * <p><b>Timing.</b> GIF delays are in hundredths of a second. A kept frame lasts until the next
 * kept frame in source time, rounded on the running total, so the GIF lasts exactly as long as the
 * video (to 0.01 s) and no error accumulates.
 *
 * <p><b>Colours.</b> One global palette of 255 colours for all frames plus one transparent index
 * ({@link GifPalette}: median cut in Oklab over every kept frame's pixels). To know all colours
 * before the first frame is written, kept frames are held in memory deflated (a 640x360 map frame
 * takes roughly 30-80 KB) and the file is written on {@link #close()}.
 *
 * <p>Pure Java (ImageIO's GIF writer); the file appears at the target only when complete (see
 * {@link AtomicOutputFile}). Not thread-safe: one renderer thread feeds it.
 */
public final class GifSink extends AtomicFrameSink {
  /** Frame rate cap: GIF players handle 10-12 fps well and every frame costs bytes. */
  public static final int DEFAULT_MAX_FPS = 12;
  /** Width cap in pixels: wide enough for a README, small enough to load quickly. */
  public static final int DEFAULT_MAX_WIDTH_PX = 640;

  private static final int TRANSPARENT = 255;

  private final int widthPx;
  private final int heightPx;
  private final int fps;
  private final int stride;
  private final int outWidthPx;
  private final int outHeightPx;
  private final AreaScaler scaler;
  private final int[] scaled;
  private final GifPalette.Histogram histogram = new GifPalette.Histogram();
  private final List<byte[]> spooled = new ArrayList<>();
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
  private final byte[] rgbBytes;

  private GifSink(AtomicOutputFile output, int widthPx, int heightPx, int fps, int maxFps, int maxWidthPx) {
    super(output, "GIF");
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.fps = fps;
    this.stride = strideFor(fps, maxFps);
    this.outWidthPx = Math.min(widthPx, maxWidthPx);
    this.outHeightPx = widthPx <= maxWidthPx ? heightPx : Math.max(1, (int) Math.round((double) heightPx * maxWidthPx / widthPx));
    this.scaler = outWidthPx == widthPx ? null : new AreaScaler(widthPx, heightPx, outWidthPx, outHeightPx);
    this.scaled = new int[outWidthPx * outHeightPx];
    this.rgbBytes = new byte[outWidthPx * outHeightPx * 3];
  }

  /** Opens a GIF for frames of {@code widthPx} x {@code heightPx} at {@code fps}, with the default caps. */
  public static GifSink open(Path target, int widthPx, int heightPx, int fps) throws IOException {
    return open(target, widthPx, heightPx, fps, DEFAULT_MAX_FPS, DEFAULT_MAX_WIDTH_PX);
  }

  /** As {@link #open(Path, int, int, int)}, keeping at most {@code maxFps} and {@code maxWidthPx}. */
  public static GifSink open(Path target, int widthPx, int heightPx, int fps, int maxFps, int maxWidthPx)
      throws IOException {
    if (widthPx < 1 || heightPx < 1 || fps < 1 || maxFps < 1 || maxWidthPx < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "GIF size, fps and caps must be positive, got %dx%d at %d fps, max %d fps, max width %d",
          widthPx, heightPx, fps, maxFps, maxWidthPx));
    }
    return new GifSink(AtomicOutputFile.file(target), widthPx, heightPx, fps, maxFps, maxWidthPx);
  }

  /** Keep every {@code stride}-th frame: the smallest even spacing that stays within {@code maxFps}. */
  static int strideFor(int fps, int maxFps) {
    return (fps + maxFps - 1) / maxFps;
  }

  /** Size of the GIF's frames. */
  public int outWidthPx() {
    return outWidthPx;
  }

  public int outHeightPx() {
    return outHeightPx;
  }

  /** Every how many source frames one is kept. */
  public int stride() {
    return stride;
  }

  /** The GIF's own frame rate: the source rate over the stride (30 fps keeping every 3rd: 10). */
  public double outFps() {
    return fps / (double) stride;
  }

  /** The format and what was kept, for the run summary. */
  @Override
  public String description() {
    return String.format(Locale.ROOT, "animated GIF (%dx%d, %,d frames, one 255-colour palette)", outWidthPx,
        outHeightPx, keptFrames(frames()));
  }

  /** How many of {@code sourceFrames} frames the GIF keeps. */
  public int keptFrames(long sourceFrames) {
    return (int) ((sourceFrames + stride - 1) / stride);
  }

  @Override
  void write(BufferedImage frame, long index) {
    checkFrame(frame, widthPx, heightPx);
    if (index % stride != 0) {
      return;
    }
    int[] px = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
    if (scaler != null) {
      scaler.scale(px, scaled);
    } else {
      System.arraycopy(px, 0, scaled, 0, scaled.length);
    }
    histogram.add(scaled, scaled.length);
    spooled.add(deflate(scaled));
  }

  private byte[] deflate(int[] pixels) {
    for (int i = 0, j = 0; i < pixels.length; i++) {
      int p = pixels[i];
      rgbBytes[j++] = (byte) (p >> 16);
      rgbBytes[j++] = (byte) (p >> 8);
      rgbBytes[j++] = (byte) p;
    }
    deflater.reset();
    deflater.setInput(rgbBytes);
    deflater.finish();
    ByteBuffer out = ByteBuffer.allocate(rgbBytes.length / 8 + 1024);
    while (!deflater.finished()) {
      if (!out.hasRemaining()) {
        out = ByteBuffer.allocate(out.capacity() * 2).put(out.flip());
      }
      deflater.deflate(out);
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  private void inflate(byte[] data, int[] pixels) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      int n = inflater.inflate(rgbBytes);
      if (n != rgbBytes.length) {
        throw new IOException("Spooled GIF frame is " + n + " bytes, expected " + rgbBytes.length);
      }
    } catch (DataFormatException e) {
      throw new IOException("Spooled GIF frame is corrupt", e);
    } finally {
      inflater.end();
    }
    for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
      pixels[i] = (rgbBytes[j] & 0xFF) << 16 | (rgbBytes[j + 1] & 0xFF) << 8 | (rgbBytes[j + 2] & 0xFF);
    }
  }

  /** Picks the palette and writes every kept frame. */
  @Override
  void finish() throws IOException {
    try {
      writeGif();
    } finally {
      stop();
    }
  }

  /** Frees the spooled frames (safe to repeat). */
  @Override
  void stop() {
    spooled.clear();
    deflater.end();
  }

  private void writeGif() throws IOException {
    GifPalette palette = GifPalette.of(histogram, 255);
    IndexColorModel colours = colourModel(palette);
    ImageWriter writer = gifWriter();
    try (FileImageOutputStream out = new FileImageOutputStream(output.temp().toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      int n = outWidthPx * outHeightPx;
      int[] rgb = new int[n];
      byte[] previous = new byte[n];
      byte[] current = new byte[n];
      long shownCs = 0;
      for (int k = 0; k < spooled.size(); k++) {
        inflate(spooled.get(k), rgb);
        spooled.set(k, null);
        for (int i = 0; i < n; i++) {
          current[i] = (byte) palette.index(rgb[i]);
        }
        long endSource = Math.min((long) (k + 1) * stride, frames());
        long endCs = Math.round(endSource * 100.0 / fps);
        int delayCs = (int) (endCs - shownCs);
        shownCs = endCs;
        int[] box = k == 0 ? new int[] {0, 0, outWidthPx, outHeightPx} : changedBox(previous, current);
        BufferedImage image = subImage(current, previous, box, k > 0, colours);
        writer.writeToSequence(new IIOImage(image, null, frameMetadata(writer, image, box, delayCs, k == 0)), null);
        byte[] swap = previous;
        previous = current;
        current = swap;
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  /** The smallest rectangle {x, y, w, h} holding every changed pixel; 1x1 at the origin if none. */
  private int[] changedBox(byte[] previous, byte[] current) {
    int minX = outWidthPx;
    int minY = outHeightPx;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < outHeightPx; y++) {
      int row = y * outWidthPx;
      for (int x = 0; x < outWidthPx; x++) {
        if (previous[row + x] != current[row + x]) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = y;
        }
      }
    }
    return maxX < 0 ? new int[] {0, 0, 1, 1} : new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
  }

  private BufferedImage subImage(byte[] current, byte[] previous, int[] box, boolean delta, IndexColorModel colours) {
    BufferedImage image = new BufferedImage(box[2], box[3], BufferedImage.TYPE_BYTE_INDEXED, colours);
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < box[3]; y++) {
      int in = (box[1] + y) * outWidthPx + box[0];
      int out = y * box[2];
      for (int x = 0; x < box[2]; x++) {
        byte c = current[in + x];
        data[out + x] = delta && c == previous[in + x] ? (byte) TRANSPARENT : c;
      }
    }
    return image;
  }

  private static IndexColorModel colourModel(GifPalette palette) {
    int[] colours = palette.colours();
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int i = 0; i < colours.length; i++) {
      r[i] = (byte) (colours[i] >> 16);
      g[i] = (byte) (colours[i] >> 8);
      b[i] = (byte) colours[i];
    }
    return new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
  }

  private static ImageWriter gifWriter() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
    if (!writers.hasNext()) {
      throw new IllegalStateException("This Java runtime has no GIF writer (javax.imageio)");
    }
    return writers.next();
  }

  private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage image, int[] box, int delayCs, boolean first)
      throws IOException {
    IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), null);
    String format = metadata.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);

    IIOMetadataNode descriptor = child(root, "ImageDescriptor");
    descriptor.setAttribute("imageLeftPosition", Integer.toString(box[0]));
    descriptor.setAttribute("imageTopPosition", Integer.toString(box[1]));
    descriptor.setAttribute("imageWidth", Integer.toString(box[2]));
    descriptor.setAttribute("imageHeight", Integer.toString(box[3]));
    descriptor.setAttribute("interlaceFlag", "FALSE");

    IIOMetadataNode control = child(root, "GraphicControlExtension");
    // Each frame is drawn over the previous one: transparent pixels keep what was there.
    control.setAttribute("disposalMethod", "doNotDispose");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
    control.setAttribute("transparentColorIndex", Integer.toString(TRANSPARENT));
    control.setAttribute("delayTime", Integer.toString(delayCs));

    if (first) {
      // NETSCAPE2.0 loop extension, loop count 0 = forever.
      IIOMetadataNode extensions = child(root, "ApplicationExtensions");
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      loop.setUserObject(new byte[] {1, 0, 0});
      extensions.appendChild(loop);
    }
    metadata.setFromTree(format, root);
    return metadata;
  }

  private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
    for (int i = 0; i < parent.getLength(); i++) {
      if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) parent.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    parent.appendChild(node);
    return node;
  }
}
