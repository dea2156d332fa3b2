package org.banmap.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.banmap.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Every third-party SLD in the shared corpus, read in place. */
class SldCorpusTest {
  @Test
  void atLeast95PercentOfTheCorpusReadsWithoutErrors() throws IOException {
    Path dir = Corpus.dir("sld");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".sld")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int warnings = 0;
    for (Path file : files) {
      StyleIssues issues = new StyleIssues();
      try {
        new SldReader().read(file, issues);
      } catch (StyleException e) {
        failures.add(file.getFileName() + "\n    " + String.join("\n    ",
            e.errors().stream().limit(3).map(i -> i.line() + ":" + i.col() + " " + i.message()).toList()));
      }
      warnings += issues.warnings().size();
    }
    double rate = 1.0 - failures.size() / (double) files.size();
    System.out.printf("corpus: %d/%d SLD files read without errors (%.1f%%), %d warnings%n",
        files.size() - failures.size(), files.size(), rate * 100, warnings);
    failures.forEach(f -> System.out.println("  failed: " + f));
    assertTrue(rate >= 0.95, "only " + rate + " of the corpus parsed; failures:\n" + String.join("\n", failures));
  }
}
