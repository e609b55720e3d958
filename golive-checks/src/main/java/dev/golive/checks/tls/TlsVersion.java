package dev.golive.checks.tls;

import java.util.Arrays;
import java.util.Optional;

/** The SSL and TLS versions a server may accept, oldest first, with their wire codes. */
public enum TlsVersion {
  SSL_2("SSLv2", 0x0002),
  SSL_3("SSLv3", 0x0300),
  TLS_1_0("TLSv1", 0x0301),
  TLS_1_1("TLSv1.1", 0x0302),
  TLS_1_2("TLSv1.2", 0x0303),
  TLS_1_3("TLSv1.3", 0x0304);

  private final String jdkName;
  private final int code;

  TlsVersion(String jdkName, int code) {
    this.jdkName = jdkName;
    this.code = code;
  }

  /** The name the JDK and OpenSSL use: {@code SSLv3}, {@code TLSv1}, {@code TLSv1.2}. */
  public String jdkName() {
    return jdkName;
  }

  public int code() {
    return code;
  }

  /** Versions before TLS 1.2, which no client should need any more. */
  public boolean obsolete() {
    return compareTo(TLS_1_2) < 0;
  }

  public static Optional<TlsVersion> ofCode(int code) {
    return Arrays.stream(values()).filter(v -> v.code == code).findFirst();
  }

  public static Optional<TlsVersion> ofName(String jdkName) {
    return Arrays.stream(values()).filter(v -> v.jdkName.equals(jdkName)).findFirst();
  }
}
