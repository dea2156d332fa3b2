package org.banmap.report;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad data is counted here, never thrown: each reason keeps its count and its first three
 * examples ({@code file:line: detail}), which the run summary prints at the end. Thread-safe, so
 * parallel stages can share one instance.
 */
public final class Problems {
  public static final int EXAMPLES_PER_REASON = 3;

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  /** Examples under this folder (with a trailing separator) are shown by {@link #shownAs}; null for none. */
  private final String hiddenFolder;
  private final String shownAs;

  public Problems() {
    this(null, null);
  }

  private Problems(String hiddenFolder, String shownAs) {
    this.hiddenFolder = hiddenFolder;
    this.shownAs = shownAs;
  }

  /**
   * Problems whose examples name the files in {@code folder} by {@code shownAs} and their name
   * instead of the folder's path: the demo reads temporary copies of its bundled files, whose
   * paths say nothing to the user and are gone when the summary is read.
   */
  public static Problems showingFolderAs(Path folder, String shownAs) {
    return new Problems(folder.toString() + File.separator, shownAs);
  }

  private static final class Entry {
    long count;
    final List<String> examples = new ArrayList<>(EXAMPLES_PER_REASON);
  }

  /**
   * Counts one occurrence of {@code reason}.
   *
   * @param where a location such as {@code file:line} or {@code file:line:col}; may be null
   * @param detail what was found there (the offending text, shortened); may be null
   */
  public synchronized void add(String reason, Object where, String detail) {
    Entry e = entries.computeIfAbsent(reason, r -> new Entry());
    e.count++;
    if (e.examples.size() < EXAMPLES_PER_REASON) {
      StringBuilder sb = new StringBuilder();
      if (where != null) {
        String place = where.toString();
        sb.append(hiddenFolder != null && place.startsWith(hiddenFolder)
            ? shownAs + place.substring(hiddenFolder.length()) : place);
      }
      if (detail != null && !detail.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(": ");
        }
        sb.append(shorten(detail));
      }
      e.examples.add(sb.toString());
    }
  }

  public synchronized long count(String reason) {
    Entry e = entries.get(reason);
    return e == null ? 0 : e.count;
  }

  public synchronized long total() {
    return entries.values().stream().mapToLong(e -> e.count).sum();
  }

  /** Reasons in the order first seen, with their counts. */
  public synchronized Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v.count));
    return out;
  }

  public synchronized List<String> examples(String reason) {
    Entry e = entries.get(reason);
    return e == null ? List.of() : List.copyOf(e.examples);
  }

  public synchronized boolean isEmpty() {
    return entries.isEmpty();
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("[\\p{Cntrl}&&[^\t]]", "?");
    return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
  }
}
