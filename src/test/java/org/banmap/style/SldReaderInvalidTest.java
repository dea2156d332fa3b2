package org.banmap.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures named by fault: each asserts where the problem is reported and what it says. */
class SldReaderInvalidTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(SldReaderInvalidTest.class.getResource("/style/invalid/" + name).toURI());
  }

  private static StyleIssue firstError(String name) throws Exception {
    StyleIssues issues = new StyleIssues();
    StyleException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(StyleException.class, () -> new SldReader().read(fixture(name), issues)));
    assertEquals(issues.errors(), e.errors());
    assertTrue(e.getMessage().contains(name), e.getMessage());
    return e.errors().get(0);
  }

  private static void check(String name, int line, String... fragments) throws Exception {
    StyleIssue error = firstError(name);
    assertTrue(error.toString().startsWith(fixture(name) + ":" + line + ":"), error.toString());
    assertTrue(error.toString().contains(": error: "), error.toString());
    for (String f : fragments) {
      assertTrue(error.message().contains(f), () -> error + " lacks " + f);
    }
  }

  @Test
  void badColourNamesTheValueAndWhatWasExpected() throws Exception {
    check("bad-colour.sld", 5, "expected a colour like #ff0000", "'redd'");
    assertEquals(39, firstError("bad-colour.sld").col(), "column of the value itself");
  }

  @Test
  void unknownFunctionIsAnErrorWithASuggestion() throws Exception {
    check("unknown-function.sld", 5, "unknown function 'interpolat'", "did you mean 'Interpolate'");
  }

  @Test
  void unknownFilterOperatorIsAnError() throws Exception {
    check("unknown-filter-operator.sld", 4, "unknown filter operator <PropertyIsEqual>", "PropertyIsEqualTo");
  }

  @Test
  void nonNumericWidthIsAnError() throws Exception {
    check("non-numeric-width.sld", 5, "expected a number for stroke-width but found 'wide'");
  }

  @Test
  void unclosedElementIsMalformedXml() throws Exception {
    check("unclosed-element.sld", 5, "malformed XML", "Stroke");
  }

  @Test
  void xxeIsRefusedBecauseDtdsAreNotAllowed() throws Exception {
    check("xxe.sld", 2, "DTDs are not allowed");
  }

  @Test
  void billionLaughsIsRefusedQuickly() throws Exception {
    check("billion-laughs.sld", 8, "DTDs are not allowed");
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    check("deep-nesting.sld", 2, "nested more than 200 deep");
  }

  @Test
  void typoInParameterIsAWarningAndTheDefaultApplies() throws Exception {
    StyleIssues issues = new StyleIssues();
    MapStyle style = new SldReader().read(fixture("typo-parameter.sld"), issues);
    assertEquals(List.of(), issues.errors());
    StyleIssue w = issues.warnings().get(0);
    assertEquals(6, w.line());
    assertTrue(w.message().contains("unknown parameter 'stroke-opaticty'"), w.toString());
    assertTrue(w.message().contains("did you mean 'stroke-opacity'?"), w.toString());
    LineSymbolizer line = (LineSymbolizer) style.featureTypeStyles().get(0).rules().get(0).symbolizers().get(0);
    assertEquals(1.0, line.stroke().orElseThrow().opacity().asDouble(null, StyleEnv.EMPTY));
  }

  @Test
  void fileOver50MegabytesIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    // A sparse file of NUL bytes: were it parsed, the error would be about XML content, not the size.
    Path huge = dir.resolve("huge.sld");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(SldReader.MAX_BYTES + 1);
    }
    StyleException e = assertThrows(StyleException.class, () -> new SldReader().read(huge, new StyleIssues()));
    assertTrue(e.getMessage().contains("over the 50 MB limit"), e.getMessage());
  }
}
