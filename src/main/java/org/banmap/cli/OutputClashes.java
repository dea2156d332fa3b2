package org.banmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.banmap.encode.OutputFormat;
import org.banmap.pipeline.RenderSettings;
import org.banmap.report.UserError;

/**
 * Refuses, before anything is read, an output that would overwrite an input (a log, the GeoIP
 * database, a style) or another output, or that lands inside an input folder or the PNG-frames
 * folder. Paths are compared as the file system resolves them: symbolic links, {@code ..} and
 * hard links (same file) all count. {@code -} (standard input) is no file and never clashes.
 */
final class OutputClashes {
  /** A path the run will write, with the option that named it. */
  record Output(String option, Path path, boolean folder) {}

  private OutputClashes() {}

  /** The files a run reads: the logs, the GeoIP database and the two styles. */
  static List<Path> inputsOf(RenderSettings.Input input, RenderSettings.Styles styles) {
    List<Path> inputs = new ArrayList<>(input.logs());
    inputs.add(input.geoipDatabase());
    inputs.addAll(inputsOf(styles));
    return inputs;
  }

  /** The two style files (the demo's logs and database are its own temporary copies). */
  static List<Path> inputsOf(RenderSettings.Styles styles) {
    return List.of(styles.banStyle(), styles.basemapStyle());
  }

  /** The files a run writes: the video (or frames folder), the poster (also the implied one) and the snippet. */
  static List<Output> outputsOf(RenderSettings.Outputs outputs) {
    List<Output> list = new ArrayList<>();
    if (outputs.video() != null) {
      list.add(new Output("-o", outputs.video(), outputs.format() == OutputFormat.PNG_FOLDER));
    }
    if (outputs.poster() != null) {
      list.add(new Output("--poster", outputs.poster(), false));
    }
    if (outputs.html() != null) {
      list.add(new Output("--html", outputs.html(), false));
    }
    return list;
  }

  /** @throws UserError naming the output, what it clashes with, and what to do */
  static void check(List<Path> inputs, List<Output> outputs) {
    List<Path> inputFiles = inputs.stream().filter(p -> !p.toString().equals("-")).toList();
    List<Path> realInputs = inputFiles.stream().map(OutputClashes::real).toList();
    List<Path> realOutputs = new ArrayList<>();
    for (Output output : outputs) {
      Path real = real(output.path());
      for (int i = 0; i < inputFiles.size(); i++) {
        Path input = inputFiles.get(i);
        Path realInput = realInputs.get(i);
        if (sameFile(real, realInput)) {
          throw new UserError(output.option() + " " + output.path() + " is also an input (" + input
              + "): writing it would destroy what is being read; choose another output name");
        }
        if (Files.isDirectory(realInput) && real.startsWith(realInput)) {
          throw new UserError(output.option() + " " + output.path() + " lies inside the input folder " + input
              + ", which is read for logs; write it somewhere else");
        }
      }
      for (int j = 0; j < realOutputs.size(); j++) {
        Output earlier = outputs.get(j);
        Path realEarlier = realOutputs.get(j);
        if (sameFile(real, realEarlier)) {
          throw new UserError(output.option() + " " + output.path() + " is the same file as " + earlier.option() + " "
              + earlier.path() + "; give each output its own name");
        }
        if (earlier.folder() && real.startsWith(realEarlier)) {
          throw new UserError(output.option() + " " + output.path() + " lies inside the PNG frames folder "
              + earlier.path() + "; put it beside the folder instead");
        }
      }
      realOutputs.add(real);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The path the file system would open: the longest existing ancestor with its links resolved,
   * followed by the parts that do not exist yet (which cannot be links).
   */
  static Path real(Path path) {
    Path current = path.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    while (current != null) {
      try {
        Path resolved = current.toRealPath();
        for (Path name : missing) {
          resolved = resolved.resolve(name);
        }
        return resolved.normalize();
      } catch (IOException e) {
        missing.push(current.getFileName());
        current = current.getParent();
      }
    }
    return path.toAbsolutePath().normalize();
  }
}
