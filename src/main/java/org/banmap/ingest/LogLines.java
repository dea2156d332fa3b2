package org.banmap.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The lines of one log file, plain or gzip (found by its {@code 1F 8B} magic, whatever the name),
 * streamed with a fixed buffer. Ends on LF, drops a CR before it, returns a last line without a
 * newline, decodes UTF-8 with replacement characters, and cuts lines at {@link #MAX_LINE_BYTES}:
 * the reader never holds more than one line, so a 2 GB log needs no more heap than a small one.
 */
final class LogLines implements AutoCloseable {
  static final int MAX_LINE_BYTES = 64 * 1024;

  private final CountingStream raw;
  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int bufPos;
  private int bufEnd;
  private byte[] line = new byte[256];
  private long lineNumber;
  private boolean tooLong;
  private boolean truncated;
  private boolean eof;

  private LogLines(CountingStream raw, InputStream in, boolean truncated) {
    this.raw = raw;
    this.in = in;
    this.truncated = truncated;
    this.eof = truncated;
  }

  static LogLines open(Path file) throws IOException {
    return open(Files.newInputStream(file));
  }

  /**
   * Lines of {@code source}, plain or gzip. A gzip stream whose header is cut short (a file of its
   * first few bytes, or a header ending inside its extra field or name) gives no lines and is
   * {@link #truncated}, like a stream cut later on.
   */
  static LogLines open(InputStream source) throws IOException {
    CountingStream raw = new CountingStream(source);
    BufferedInputStream buffered = new BufferedInputStream(raw, 64 * 1024);
    try {
      buffered.mark(2);
      int b0 = buffered.read();
      int b1 = buffered.read();
      buffered.reset();
      if (b0 != 0x1F || (b1 != 0x8B && b1 != -1)) {
        return new LogLines(raw, buffered, false);
      }
      if (b1 == -1) {
        // A single 1F byte: the first byte of a gzip file and nothing else.
        return new LogLines(raw, InputStream.nullInputStream(), true);
      }
      try {
        return new LogLines(raw, new GZIPInputStream(buffered, 64 * 1024), false);
      } catch (EOFException | ZipException e) {
        return new LogLines(raw, InputStream.nullInputStream(), true);
      }
    } catch (IOException e) {
      buffered.close();
      throw e;
    }
  }

  /** The next line without its line end, or null at the end. */
  String next() throws IOException {
    if (eof) {
      return null;
    }
    tooLong = false;
    // Most lines lie whole in the buffer: make the String straight from it, with no copy.
    for (int i = bufPos; i < bufEnd; i++) {
      if (buf[i] == '\n') {
        int start = bufPos;
        int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
        bufPos = i + 1;
        lineNumber++;
        if (end - start > MAX_LINE_BYTES) {
          tooLong = true;
          end = start + MAX_LINE_BYTES;
        }
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
      }
    }
    int len = 0;
    while (true) {
      if (bufPos == bufEnd && !fill()) {
        eof = true;
        if (len == 0 && !tooLong) {
          return null;
        }
        break;
      }
      int start = bufPos;
      int nl = -1;
      for (int i = start; i < bufEnd; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int chunkEnd = nl < 0 ? bufEnd : nl;
      len = append(len, start, chunkEnd - start);
      bufPos = nl < 0 ? bufEnd : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    lineNumber++;
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return new String(line, 0, len, StandardCharsets.UTF_8);
  }

  private int append(int len, int from, int n) {
    int room = MAX_LINE_BYTES - len;
    int take = Math.min(room, n);
    if (take < n) {
      tooLong = true;
    }
    if (len + take > line.length) {
      byte[] bigger = new byte[Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, len + take))];
      System.arraycopy(line, 0, bigger, 0, len);
      line = bigger;
    }
    System.arraycopy(buf, from, line, len, take);
    return len + take;
  }

  private boolean fill() throws IOException {
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        return false;
      }
      bufPos = 0;
      bufEnd = n;
      return true;
    } catch (EOFException | ZipException e) {
      // A gzip cut short (copy interrupted, log still being compressed): keep what was read.
      truncated = true;
      return false;
    }
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }

  /** Whether the line last returned was cut at {@link #MAX_LINE_BYTES}. */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the gzip stream ended early or was corrupt. */
  boolean truncated() {
    return truncated;
  }

  /** Bytes read from the file so far (compressed bytes for gzip). */
  long bytesRead() {
    return raw.count;
  }

  @Override
  public void close() throws IOException {
    in.close();
    raw.close();
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
