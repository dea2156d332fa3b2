package org.banmap.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line for a child JVM a test starts (the jar as a user runs it, or a test main). */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * {@code java ARGS} with the JDK running the tests. The children live a few seconds, too short
   * for the optimising C2 compiler to pay back its own CPU: C1 only about halves what they cost
   * (the demo at 320x180: 4.3 s of CPU, 2.4 s with C1 only) and changes nothing they do.
   */
  public static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(List.of(args));
    return command;
  }

  /** {@code java -jar JAR ARGS} for the runnable jar {@code mvn package} built. */
  public static List<String> jar(String... args) {
    List<String> command = java("-jar", jarPath().toString());
    command.addAll(List.of(args));
    return command;
  }

  /** The runnable jar (system property {@code banmap.jar}, set by the pom). */
  public static Path jarPath() {
    return Path.of(System.getProperty("banmap.jar", "target/banmap.jar"));
  }
}
