package org.banmap.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of the child JVM of {@link MemoryCase}: runs another program's {@code main} in this
 * JVM and, when the JVM exits (also through {@code System.exit}), writes the peak resident set size
 * ({@code VmHWM} of {@code /proc/self/status}, in bytes) to a file. Reflection keeps {@code bench}
 * free of a dependency on the command line that starts the program.
 *
 * <p>Usage: {@code java -cp CLASSPATH org.banmap.bench.PeakRssProbe RESULT_FILE MAIN_CLASS ARGS...}
 */
public final class PeakRssProbe {
  private PeakRssProbe() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      System.err.println("usage: PeakRssProbe RESULT_FILE MAIN_CLASS [ARGS...]");
      System.exit(2);
    }
    Path result = Path.of(args[0]);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Files.writeString(result, Long.toString(Benchmark.rssPeak()), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        System.err.println("[benchmark] cannot write the peak RSS to " + result + ": " + e.getMessage());
      }
    }));
    Method main = Class.forName(args[1]).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
