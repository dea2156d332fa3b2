package org.banmap.cli;

import org.banmap.encode.EncoderChoice;
import org.banmap.encode.EncoderSettings;
import org.banmap.encode.Quality;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How the video is encoded: {@code --encoder}, {@code --quality}, {@code --preset} (render and demo alike). */
final class EncoderOptions {
  @Option(
      names = "--encoder",
      paramLabel = "NAME",
      defaultValue = "auto",
      converter = ChoiceConverter.class,
      description = "MP4 encoder: auto (ffmpeg if on PATH, else jcodec; says which), jcodec (built in, slower,"
          + " bigger files) or ffmpeg (libx264; required for .webm) (default: ${DEFAULT-VALUE}).")
  EncoderChoice encoder = EncoderChoice.AUTO;

  @Option(
      names = "--quality",
      paramLabel = "0-100",
      defaultValue = "60",
      converter = QualityConverter.class,
      description = "Higher is sharper and bigger. jcodec QP and x264 CRF = round((100 - Q) * 0.51), VP9 CRF ="
          + " round((100 - Q) * 0.63); 60 gives QP/CRF 20 (default: ${DEFAULT-VALUE}).")
  Quality quality = Quality.DEFAULT;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = EncoderSettings.DEFAULT_PRESET,
      converter = PresetConverter.class,
      description = "x264 preset for ffmpeg, ultrafast .. veryslow: slower gives smaller files"
          + " (default: ${DEFAULT-VALUE}).")
  String preset = EncoderSettings.DEFAULT_PRESET;

  /** The settings for {@code org.banmap.encode.Sinks}; jcodec encodes GOPs on every core. */
  EncoderSettings settings() {
    return new EncoderSettings(encoder, quality, preset, Runtime.getRuntime().availableProcessors());
  }

  static final class ChoiceConverter implements ITypeConverter<EncoderChoice> {
    @Override
    public EncoderChoice convert(String value) {
      try {
        return EncoderChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class QualityConverter implements ITypeConverter<Quality> {
    @Override
    public Quality convert(String value) {
      try {
        return new Quality(Integer.parseInt(value.strip()));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("must be a whole number 0..100 (higher is sharper), got '" + value + "'");
      }
    }
  }

  static final class PresetConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        new EncoderSettings(EncoderChoice.AUTO, Quality.DEFAULT, value, 1);
        return value;
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
