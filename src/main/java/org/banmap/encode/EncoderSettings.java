package org.banmap.encode;

/**
 * How to encode, whatever the output format: the encoder, the quality, the x264 preset (ffmpeg
 * only) and how many threads jcodec encodes GOPs on (the bytes do not depend on it).
 */
public record EncoderSettings(EncoderChoice encoder, Quality quality, String preset, int jcodecThreads) {
  public static final String DEFAULT_PRESET = "veryfast";

  public EncoderSettings {
    if (encoder == null || quality == null || preset == null) {
      throw new IllegalArgumentException("encoder, quality and preset are required");
    }
    FfmpegSink.checkPreset(preset);
    if (jcodecThreads < 1) {
      throw new IllegalArgumentException("jcodec threads must be >= 1, got " + jcodecThreads);
    }
  }

  /** auto, quality 60, veryfast, one jcodec thread per core. */
  public static EncoderSettings defaults() {
    return new EncoderSettings(EncoderChoice.AUTO, Quality.DEFAULT, DEFAULT_PRESET,
        Runtime.getRuntime().availableProcessors());
  }

  public EncoderSettings withEncoder(EncoderChoice choice) {
    return new EncoderSettings(choice, quality, preset, jcodecThreads);
  }

  public EncoderSettings withJcodecThreads(int threads) {
    return new EncoderSettings(encoder, quality, preset, threads);
  }
}
