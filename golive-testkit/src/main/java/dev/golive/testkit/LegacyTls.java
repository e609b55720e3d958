package dev.golive.testkit;

import java.security.Security;

/**
 * Lets this JVM's test servers offer what the JDK disables by default (TLS 1.0 and 1.1, 3DES, RC4,
 * NULL and anonymous suites), so tests can stand up the weak servers golive must catch. Call it
 * before the first TLS use in the JVM.
 */
public final class LegacyTls {
  private LegacyTls() {}

  public static void enable() {
    Security.setProperty("jdk.tls.disabledAlgorithms", "");
    Security.setProperty("jdk.certpath.disabledAlgorithms", "");
    Security.setProperty("jdk.tls.legacyAlgorithms", "");
  }
}
