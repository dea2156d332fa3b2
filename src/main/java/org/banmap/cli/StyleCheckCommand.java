package org.banmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.banmap.basemap.MapFeature;
import org.banmap.map.MapView;
import org.banmap.render.StyledMap;
import org.banmap.style.MapStyle;
import org.banmap.style.SldReader;
import org.banmap.style.StyleEnv;
import org.banmap.style.StyleException;
import org.banmap.style.StyleIssue;
import org.banmap.style.StyleIssues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code banmap style check}: reads each SLD file and renders it against made-up points, lines and
 * polygons at three scales; prints every problem as {@code file:line:col: severity: message}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Read each SLD file and test-render it against sample points, lines and polygons; print every problem as file:line:col: severity: message. Exit code 1 if any file has an error.",
    footer = {"", "Example:", "  banmap style check styles/*.sld basemaps/*.sld"})
final class StyleCheckCommand implements Callable<Integer> {
  /** Views of 0.01°, 1° and 100° around (10, 45): about 1:15,000, 1:1.5 million and 1:150 million at 256 px. */
  private static final double[] VIEW_DEGREES = {0.01, 1, 100};
  private static final int SIZE_PX = 256;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE.sld", description = "The styles to check.")
  List<Path> files;

  @Option(names = "--allow-resource-dir", paramLabel = "DIR", description = "Another folder graphics may be read from (repeatable).")
  List<Path> allowResourceDirs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    int warned = 0;
    for (Path file : files) {
      List<StyleIssue> issues = check(file);
      for (StyleIssue issue : issues) {
        out.println(issue);
      }
      out.flush();
      if (issues.stream().anyMatch(i -> i.severity() == StyleIssue.Severity.ERROR)) {
        failed++;
      } else if (!issues.isEmpty()) {
        warned++;
      }
    }
    err.println(String.format(Locale.ROOT, "banmap: checked %d style%s: %d ok, %d with warnings only, %d with errors",
        files.size(), files.size() == 1 ? "" : "s", files.size() - failed - warned, warned, failed));
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  /** Every issue of one file: reading, then test rendering (an exception there is an error too). */
  List<StyleIssue> check(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      return List.of(new StyleIssue(name, 0, 0, StyleIssue.Severity.ERROR, "no such file"));
    }
    StyleIssues issues = new StyleIssues();
    MapStyle style;
    try {
      style = new SldReader().read(file, issues);
    } catch (StyleException e) {
      return issues.all().isEmpty() ? e.errors() : issues.all();
    } catch (RuntimeException e) {
      List<StyleIssue> all = new ArrayList<>(issues.all());
      all.add(new StyleIssue(name, 0, 0, StyleIssue.Severity.ERROR, "cannot read: " + e));
      return all;
    }
    List<StyleIssue> all = new ArrayList<>(issues.all());
    all.addAll(StyleGraphics.missing(style, allowResourceDirs));
    try {
      testRender(style);
    } catch (RuntimeException e) {
      all.add(new StyleIssue(name, 0, 0, StyleIssue.Severity.ERROR, "test rendering failed: " + e));
    }
    return all;
  }

  private void testRender(MapStyle style) {
    for (double degrees : VIEW_DEGREES) {
      double cx = 10;
      double cy = 45;
      List<MapFeature> samples = StyleSamples.around(cx, cy, degrees);
      MapView view = MapView.ofDegrees(cx - degrees / 2, cy - degrees / 2, cx + degrees / 2, cy + degrees / 2, SIZE_PX, SIZE_PX);
      new StyledMap(List.of(StyledMap.Layer.of(style, samples)), allowResourceDirs)
          .image(view, java.awt.Color.WHITE, StyleEnv.atScale(view.scaleDenominator()));
    }
  }
}
