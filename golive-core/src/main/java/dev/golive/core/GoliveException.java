package dev.golive.core;

/**
 * The one exception family golive throws on purpose. It names the file (and line, where one
 * applies) and says what is wrong; the command line turns its {@link Kind} into an exit code.
 */
public class GoliveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem it is, which decides the exit code. */
  public enum Kind {
    /** The command line itself is wrong. */
    USAGE,
    /** A file given to golive cannot be read as a checklist. */
    INPUT
  }

  private final Kind kind;
  private final String file;
  private final int line;

  public GoliveException(Kind kind, String file, int line, String reason, Throwable cause) {
    super(reason, cause);
    this.kind = kind;
    this.file = file;
    this.line = line;
  }

  /** A problem with the file {@code file} as a whole. */
  public static GoliveException input(String file, String reason) {
    return new GoliveException(Kind.INPUT, file, 0, reason, null);
  }

  /** A problem with the file {@code file} as a whole, caused by {@code cause}. */
  public static GoliveException input(String file, String reason, Throwable cause) {
    return new GoliveException(Kind.INPUT, file, 0, reason, cause);
  }

  /** A problem with the command line. */
  public static GoliveException usage(String reason) {
    return new GoliveException(Kind.USAGE, null, 0, reason, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The file concerned, or {@code null}. */
  public String file() {
    return file;
  }

  /** The 1-based line concerned, or 0. */
  public int line() {
    return line;
  }

  /** One line for the user: {@code file:line: reason}. */
  public String oneLine() {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(file).append(':');
      if (line > 0) {
        s.append(line).append(':');
      }
      s.append(' ');
    }
    return s.append(getMessage()).toString();
  }
}
