package dev.golive.cli;

import java.io.Console;

/** Whether standard output is a terminal that wants colour. */
final class Terminal {
  private Terminal() {}

  @SuppressWarnings(
      "SystemConsoleNull") // null is JDK 21's answer off a terminal; 22+ is handled below
  static boolean isColourTerminal() {
    if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Since JDK 22 a console exists even when redirected; isTerminal() tells the truth there.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }
}
