package org.banmap.encode;

import java.util.Locale;

/** Which H.264 encoder writes an MP4: {@code --encoder auto|jcodec|ffmpeg}. */
public enum EncoderChoice {
  /** ffmpeg if one with libx264 is on PATH (and the run says so), else jcodec. */
  AUTO,
  /** The built-in pure-Java encoder: always there, slower, bigger files. */
  JCODEC,
  /** An {@code ffmpeg} on PATH with libx264; a clear error if there is none. */
  FFMPEG;

  /** The option value as typed: "auto", "jcodec", "ffmpeg" (any case). */
  public static EncoderChoice parse(String name) {
    for (EncoderChoice choice : values()) {
      if (choice.name().equalsIgnoreCase(name.strip())) {
        return choice;
      }
    }
    throw new IllegalArgumentException("unknown encoder '" + name + "' (use auto, jcodec or ffmpeg)");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
