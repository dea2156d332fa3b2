package org.banmap.timeline;

import java.time.Duration;
import java.time.Instant;

/**
 * How the data's time span maps onto video frames: frame 0 shows {@code start}, the last frame
 * shows {@code end}, and the frames in between are evenly spaced. Each frame shows the bans of
 * {@code [t - fade, t]}.
 */
public record FramePlan(Instant start, Instant end, int frameCount, int fps, Duration fade) {
  public FramePlan {
    if (frameCount < 1) {
      throw new IllegalArgumentException("a video needs at least one frame");
    }
    if (fps < 1) {
      throw new IllegalArgumentException("fps must be at least 1");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (fade.isNegative() || fade.isZero()) {
      throw new IllegalArgumentException("fade must be positive");
    }
  }

  /** A plan of {@code fps x videoLength} frames (rounded, at least one). */
  public static FramePlan of(Instant start, Instant end, Duration videoLength, int fps, Duration fade) {
    long frames = Math.max(1, Math.round(videoLength.toNanos() / 1e9 * fps));
    if (frames > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many frames: " + frames);
    }
    return new FramePlan(start, end, (int) frames, fps, fade);
  }

  /** Data time shown by frame {@code index}, in epoch milliseconds. */
  public long epochMillisAt(int index) {
    if (frameCount == 1) {
      return end.toEpochMilli();
    }
    long span = end.toEpochMilli() - start.toEpochMilli();
    return start.toEpochMilli() + Math.round(span * (double) index / (frameCount - 1));
  }

  public Instant timeAt(int index) {
    return Instant.ofEpochMilli(epochMillisAt(index));
  }

  /** How much data time one video second covers, for the summary ("1 s of video = 1 day"). */
  public Duration dataTimePerVideoSecond() {
    if (frameCount == 1) {
      return Duration.ZERO;
    }
    long span = end.toEpochMilli() - start.toEpochMilli();
    return Duration.ofMillis(Math.round(span * (double) fps / (frameCount - 1)));
  }
}
