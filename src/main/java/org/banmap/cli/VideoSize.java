package org.banmap.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A video size: {@code WxH} with even sides (H.264 4:2:0 needs them), or a preset name. */
record VideoSize(int width, int height) {
  static final int MAX_SIDE = 8192;

  @Override
  public String toString() {
    return width + "x" + height;
  }

  static final class Converter implements ITypeConverter<VideoSize> {
    @Override
    public VideoSize convert(String value) {
      return parse(value);
    }
  }

  static VideoSize parse(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    switch (text) {
      case "720p":
        return new VideoSize(1280, 720);
      case "1080p":
        return new VideoSize(1920, 1080);
      case "square":
        return new VideoSize(1080, 1080);
      case "vertical":
        return new VideoSize(1080, 1920);
      default:
        break;
    }
    String[] parts = text.split("x");
    int w;
    int h;
    try {
      if (parts.length != 2) {
        throw new NumberFormatException();
      }
      w = Integer.parseInt(parts[0]);
      h = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a size; use WxH such as 1280x720, or 720p, 1080p, square, vertical");
    }
    if (w < 16 || h < 16 || w > MAX_SIDE || h > MAX_SIDE) {
      throw new TypeConversionException("size " + value + " must be between 16 and " + MAX_SIDE + " pixels per side");
    }
    if (w % 2 != 0 || h % 2 != 0) {
      throw new TypeConversionException(
          "size " + value + " must have an even width and height (H.264 yuv420p), e.g. "
              + (w + w % 2) + "x" + (h + h % 2));
    }
    return new VideoSize(w, h);
  }
}
