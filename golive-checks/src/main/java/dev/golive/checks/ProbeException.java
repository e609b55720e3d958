package dev.golive.checks;

import java.io.IOException;

/** The target could not be probed; the message says why in words a user acts on. */
public class ProbeException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProbeException(String message) {
    super(message);
  }

  public ProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
