package org.banmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages depend downward only: a plain-text scan of every {@code org.banmap}
 * reference in src/main (imports and fully qualified names) fails on a package cycle or on a
 * package using one of a later stage, and prints the offending lines.
 */
class StageOrderTest {
  /**
   * Bottom first. A package may use its own stage and those before it; subpackages ({@code
   * render.style}, {@code render.overlay}) belong to their parent's stage. {@code ""} is the root
   * package ({@code Main}).
   */
  static final List<String> ORDER = List.of("report", "map", "ingest", "geo", "timeline", "style", "basemap",
      "render", "encode", "demo", "pipeline", "bench", "cli", "");

  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.banmap\\.((?:[a-z][a-z0-9]*\\.)*)[A-Z]");

  /** One use of a class of another package: where, and which packages. */
  record Use(String from, String to, String where) {}

  static List<Use> scan(Path root) throws IOException {
    List<Use> uses = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String from = packageOf(root.relativize(file.getParent()));
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("package ")) {
          continue;
        }
        Matcher m = REFERENCE.matcher(line);
        while (m.find()) {
          String to = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
          if (!to.equals(from)) {
            uses.add(new Use(from, to, root.relativize(file) + ":" + (i + 1) + ": " + line.trim()));
          }
        }
      }
    }
    return uses;
  }

  /** {@code org/banmap/render/style} is {@code render.style}; {@code org/banmap} is {@code ""}. */
  private static String packageOf(Path dir) {
    String name = dir.toString().replace('\\', '/').replace('/', '.');
    return name.equals("org.banmap") ? "" : name.substring("org.banmap.".length());
  }

  static int stage(String pkg) {
    String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
    return ORDER.indexOf(top);
  }

  /** Uses of a later stage, and of packages in no stage at all. */
  static List<String> upward(List<Use> uses) {
    List<String> problems = new ArrayList<>();
    for (Use u : uses) {
      if (stage(u.from()) < 0 || stage(u.to()) < 0) {
        problems.add("package " + (stage(u.from()) < 0 ? u.from() : u.to())
            + " has no place in StageOrderTest.ORDER: " + u.where());
      } else if (stage(u.to()) > stage(u.from())) {
        problems.add(name(u.from()) + " uses the later stage " + name(u.to()) + ": " + u.where());
      }
    }
    return problems;
  }

  /** Every set of packages that use each other in a circle, with the lines that close it. */
  static List<String> cycles(List<Use> uses) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Use u : uses) {
      graph.computeIfAbsent(u.from(), k -> new TreeSet<>()).add(u.to());
      graph.computeIfAbsent(u.to(), k -> new TreeSet<>());
    }
    List<String> problems = new ArrayList<>();
    for (Set<String> component : stronglyConnected(graph)) {
      if (component.size() < 2) {
        continue;
      }
      StringBuilder sb = new StringBuilder("package cycle " + component + ":");
      for (Use u : uses) {
        if (component.contains(u.from()) && component.contains(u.to())) {
          sb.append("\n    ").append(u.where());
        }
      }
      problems.add(sb.toString());
    }
    return problems;
  }

  private static String name(String pkg) {
    return pkg.isEmpty() ? "(root)" : pkg;
  }

  /** Tarjan's algorithm, iterative enough for a few dozen packages (recursion depth = package count). */
  private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, result, counter);
      }
    }
    return result;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> result, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : graph.get(v)) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, result, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      result.add(component);
    }
  }

  @Test
  void stagesDependOnlyOnEarlierStagesAndPackagesFormNoCycle() throws IOException {
    List<Use> uses = scan(MAIN);
    assertTrue(uses.size() > 100, "the scan found the sources (" + uses.size() + " cross-package uses)");
    List<String> problems = new ArrayList<>(upward(uses));
    problems.addAll(cycles(uses));
    assertTrue(problems.isEmpty(), () -> problems.size() + " stage order problems:\n" + String.join("\n", problems));
  }

  @Test
  void theChecksCatchAnUpwardUseAndACycle(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path geo = Files.createDirectories(dir.resolve("org/banmap/geo"));
    Path report = Files.createDirectories(dir.resolve("org/banmap/report"));
    Path style = Files.createDirectories(dir.resolve("org/banmap/render/style"));
    Path render = Files.createDirectories(dir.resolve("org/banmap/render"));
    Files.writeString(report.resolve("Table.java"), "package org.banmap.report;\nimport org.banmap.geo.LocatedBan;\n");
    Files.writeString(geo.resolve("Finder.java"), "package org.banmap.geo;\nimport org.banmap.report.Problems;\n");
    Files.writeString(style.resolve("Painter.java"), "package org.banmap.render.style;\n"
        + "class Painter { org.banmap.render.Viewport v; }\n");
    Files.writeString(render.resolve("Renderer.java"), "package org.banmap.render;\n"
        + "import org.banmap.render.style.Painter;\n");
    List<Use> uses = scan(dir);
    List<String> upward = upward(uses);
    assertTrue(upward.size() == 1 && upward.get(0).startsWith("report uses the later stage geo: org/banmap/report/"
        + "Table.java:2: import org.banmap.geo.LocatedBan;"), upward.toString());
    List<String> cycles = cycles(uses);
    assertTrue(cycles.size() == 2, cycles.toString());
    assertTrue(cycles.stream().anyMatch(c -> c.startsWith("package cycle [render, render.style]:")
        && c.contains("Painter.java:2: class Painter { org.banmap.render.Viewport v; }")), cycles.toString());
  }
}
