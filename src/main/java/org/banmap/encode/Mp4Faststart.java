package org.banmap.encode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves an MP4's {@code moov} box (the index) in front of its {@code mdat} box (the samples), so a
 * browser can start playing before the whole file has downloaded ("faststart"). jcodec writes the
 * index last, once it knows every sample's place.
 *
 * <p>The rewrite is in place: {@code [ftyp wide][mdat][moov]} becomes {@code [ftyp wide][moov][mdat]},
 * the samples shifted towards the end in large chunks, and every chunk offset in {@code stco} (or
 * {@code co64}) raised by the index's size. Offsets that would no longer fit 32 bits turn the
 * {@code stco} boxes into {@code co64}. Meant for the temp file before it is renamed into place: a
 * crash halfway leaves a broken temp file, never a broken target.
 */
final class Mp4Faststart {
  /** Boxes on the way from {@code moov} to the chunk offset tables; all others are copied verbatim. */
  private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl");
  private static final int COPY_CHUNK_BYTES = 4 << 20;
  private static final Set<String> TIMESTAMPED = Set.of("mvhd", "tkhd", "mdhd");

  private Mp4Faststart() {}

  /** A box: where it starts, its whole size and its 4-letter type. */
  private record Box(long start, long size, int headerBytes, String type) {
    long end() {
      return start + size;
    }
  }

  /**
   * Rewrites the file open in {@code channel} (read and write) so that {@code moov} precedes
   * {@code mdat}. Returns false (and changes nothing) when it already does.
   *
   * @throws IOException if the file is not a single-{@code moov} MP4 ending with its {@code moov}
   */
  static boolean apply(FileChannel channel) throws IOException {
    List<Box> top = topLevelBoxes(channel);
    Box moov = only(top, "moov");
    Box firstMdat = top.stream().filter(b -> b.type().equals("mdat")).findFirst()
        .orElseThrow(() -> new IOException("MP4 has no mdat box: " + types(top)));
    if (moov.start() < firstMdat.start()) {
      return false;
    }
    if (moov.end() != channel.size()) {
      throw new IOException("MP4 has boxes after moov, cannot move it in place: " + types(top));
    }
    if (moov.size() > Integer.MAX_VALUE / 2) {
      throw new IOException("MP4 index (moov) is implausibly large: " + moov.size() + " bytes");
    }
    ByteBuffer oldMoov = ByteBuffer.allocate((int) moov.size());
    readFully(channel, oldMoov, moov.start());
    oldMoov.flip();

    // Data from the first mdat up to the old moov moves by the new moov's size.
    long dataStart = firstMdat.start();
    long dataEnd = moov.start();
    ByteBuffer newMoov = rebuild(oldMoov, dataStart, dataEnd, false);
    if (newMoov == null) {
      newMoov = rebuild(oldMoov, dataStart, dataEnd, true);
    }
    long shift = newMoov.remaining();
    channel.truncate(moov.start());
    shiftForward(channel, dataStart, dataEnd, shift);
    writeFully(channel, newMoov, dataStart);
    return true;
  }

  /**
   * The moov box with every chunk offset raised by its own new size; null if 32-bit {@code stco}
   * entries would overflow and {@code useCo64} is false.
   */
  private static ByteBuffer rebuild(ByteBuffer moov, long dataStart, long dataEnd, boolean useCo64) throws IOException {
    // The size does not depend on the offsets' values, only on stco vs co64: measure, then write.
    long size = copyBox(moov.duplicate(), null, 0, dataStart, dataEnd, useCo64);
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size));
    long written = copyBox(moov.duplicate(), out, size, dataStart, dataEnd, useCo64);
    if (written < 0) {
      return null;
    }
    out.flip();
    return out;
  }

  /**
   * Copies the box at {@code in}'s position into {@code out} (or only measures it when {@code out}
   * is null), shifting chunk offsets by {@code shift}. Returns the bytes written, or -1 if an
   * offset overflowed a 32-bit {@code stco}.
   */
  private static long copyBox(ByteBuffer in, ByteBuffer out, long shift, long dataStart, long dataEnd,
      boolean useCo64) throws IOException {
    int start = in.position();
    long size = Integer.toUnsignedLong(in.getInt());
    String type = fourCc(in.getInt());
    int header = 8;
    if (size == 1) {
      size = in.getLong();
      header = 16;
    } else if (size == 0) {
      size = in.limit() - start;
    }
    if (size < header || start + size > in.limit()) {
      throw new IOException("MP4 box '" + type + "' at moov+" + start + " has a bad size " + size);
    }
    int end = (int) (start + size);
    ByteBuffer body = in.duplicate().position(start + header).limit(end);
    in.position(end);
    if (CONTAINERS.contains(type)) {
      int headerAt = out == null ? 0 : out.position();
      if (out != null) {
        out.putInt(0).putInt(fourCcInt(type));
      }
      long total = 8;
      while (body.hasRemaining()) {
        long child = copyBox(body, out, shift, dataStart, dataEnd, useCo64);
        if (child < 0) {
          return -1;
        }
        total += child;
      }
      if (out != null) {
        out.putInt(headerAt, Math.toIntExact(total));
      }
      return total;
    }
    if (type.equals("stco") || type.equals("co64")) {
      return copyChunkOffsets(body, type.equals("co64"), out, shift, dataStart, dataEnd, useCo64);
    }
    if (out != null) {
      out.put(in.duplicate().position(start).limit(end));
      if (TIMESTAMPED.contains(type)) {
        clearTimestamps(out, out.position() - (int) size + header);
      }
    }
    return size;
  }

  /**
   * Zeroes the creation and modification times of an mvhd/tkhd/mdhd box whose body starts at
   * {@code bodyAt}. jcodec stamps the wall clock there, which made two encodings of the same frames
   * differ by a few bytes; ffmpeg writes zero unless told a creation time, and so do we.
   */
  private static void clearTimestamps(ByteBuffer out, int bodyAt) {
    int version = out.get(bodyAt) & 0xff;
    int bytes = version == 1 ? 16 : 8;
    for (int i = 0; i < bytes; i++) {
      out.put(bodyAt + 4 + i, (byte) 0);
    }
  }

  private static long copyChunkOffsets(ByteBuffer body, boolean wide, ByteBuffer out, long shift, long dataStart,
      long dataEnd, boolean useCo64) throws IOException {
    int versionAndFlags = body.getInt();
    int count = body.getInt();
    boolean writeWide = wide || useCo64;
    long size = 16L + (long) count * (writeWide ? 8 : 4);
    if (out == null) {
      return size;
    }
    out.putInt(Math.toIntExact(size)).putInt(fourCcInt(writeWide ? "co64" : "stco"));
    out.putInt(versionAndFlags).putInt(count);
    for (int i = 0; i < count; i++) {
      long offset = wide ? body.getLong() : Integer.toUnsignedLong(body.getInt());
      if (offset < dataStart || offset >= dataEnd) {
        throw new IOException("MP4 chunk offset " + offset + " lies outside the sample data [" + dataStart + ", "
            + dataEnd + ")");
      }
      long moved = offset + shift;
      if (writeWide) {
        out.putLong(moved);
      } else if (moved > 0xFFFF_FFFFL) {
        return -1;
      } else {
        out.putInt((int) moved);
      }
    }
    return size;
  }

  /** Moves bytes [from, to) to [from + shift, to + shift), last chunk first so nothing is overwritten unread. */
  private static void shiftForward(FileChannel channel, long from, long to, long shift) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(COPY_CHUNK_BYTES, Math.max(1, to - from)));
    long end = to;
    while (end > from) {
      int n = (int) Math.min(buffer.capacity(), end - from);
      long at = end - n;
      buffer.clear().limit(n);
      readFully(channel, buffer, at);
      buffer.flip();
      writeFully(channel, buffer, at + shift);
      end = at;
    }
  }

  private static List<Box> topLevelBoxes(FileChannel channel) throws IOException {
    List<Box> boxes = new ArrayList<>();
    long fileSize = channel.size();
    long at = 0;
    ByteBuffer header = ByteBuffer.allocate(16);
    while (at < fileSize) {
      if (fileSize - at < 8) {
        throw new IOException("MP4 ends with " + (fileSize - at) + " stray bytes at offset " + at);
      }
      header.clear().limit((int) Math.min(16, fileSize - at));
      readFully(channel, header, at);
      header.flip();
      long size = Integer.toUnsignedLong(header.getInt());
      String type = fourCc(header.getInt());
      int headerBytes = 8;
      if (size == 1) {
        if (header.remaining() < 8) {
          throw new IOException("MP4 box '" + type + "' at offset " + at + " is truncated");
        }
        size = header.getLong();
        headerBytes = 16;
      } else if (size == 0) {
        size = fileSize - at;
      }
      if (size < headerBytes || at + size > fileSize) {
        throw new IOException("MP4 box '" + type + "' at offset " + at + " has a bad size " + size
            + " (file is " + fileSize + " bytes)");
      }
      boxes.add(new Box(at, size, headerBytes, type));
      at += size;
    }
    return boxes;
  }

  private static Box only(List<Box> boxes, String type) throws IOException {
    List<Box> found = boxes.stream().filter(b -> b.type().equals(type)).toList();
    if (found.size() != 1) {
      throw new IOException("MP4 has " + found.size() + " " + type + " boxes, expected 1: " + types(boxes));
    }
    return found.get(0);
  }

  private static String types(List<Box> boxes) {
    return boxes.stream().map(Box::type).toList().toString();
  }

  private static String fourCc(int code) {
    return new String(ByteBuffer.allocate(4).putInt(code).array(), StandardCharsets.ISO_8859_1);
  }

  private static int fourCcInt(String type) {
    return ByteBuffer.wrap(type.getBytes(StandardCharsets.ISO_8859_1)).getInt();
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new IOException("MP4 ended early at offset " + position);
      }
      position += n;
    }
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
    long position = at;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
  }
}
