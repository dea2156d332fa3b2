package org.banmap.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The first {@code limit} bytes of a stream, as a stream that leaves it open when closed. */
final class HeadView extends FilterInputStream {
  private long left;

  HeadView(InputStream in, long limit) {
    super(in);
    this.left = limit;
  }

  @Override
  public int read() throws IOException {
    if (left <= 0) {
      return -1;
    }
    int b = super.read();
    left -= b < 0 ? 0 : 1;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (left <= 0) {
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, left));
    left -= Math.max(0, n);
    return n;
  }

  @Override
  public void close() {
    // the stream is rewound and read in full later
  }
}
