package dev.golive.checks.tls;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cipher suites the scanner offers, by their IANA code and name (RFC 5246 and its successors;
 * SSLv2 cipher kinds have three-byte codes), and the weaknesses their names declare.
 */
public final class CipherSuites {
  /** What makes a suite weak, read from its name. */
  public enum Weakness {
    /** No encryption at all. */
    NULL("NULL"),
    /** No server authentication: anyone in the middle can answer. */
    ANONYMOUS("anonymous"),
    /** Export grade: 40 or 56-bit keys. */
    EXPORT("EXPORT"),
    /** The RC4 stream cipher (RFC 7465 forbids it). */
    RC4("RC4"),
    /** A 64-bit block cipher (DES, 3DES, IDEA, RC2), open to Sweet32. */
    BLOCK_64("64-bit block");

    private final String label;

    Weakness(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  // code name; TLS 1.3 suites first, then strong TLS 1.2 and older suites, then the weak ones
  private static final String TABLE =
      """
      1301 TLS_AES_128_GCM_SHA256
      1302 TLS_AES_256_GCM_SHA384
      1303 TLS_CHACHA20_POLY1305_SHA256
      1304 TLS_AES_128_CCM_SHA256
      1305 TLS_AES_128_CCM_8_SHA256
      c02b TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
      c02c TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
      c02f TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
      c030 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
      cca8 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
      cca9 TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
      ccaa TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256
      c0ac TLS_ECDHE_ECDSA_WITH_AES_128_CCM
      c0ad TLS_ECDHE_ECDSA_WITH_AES_256_CCM
      009e TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
      009f TLS_DHE_RSA_WITH_AES_256_GCM_SHA384
      00a2 TLS_DHE_DSS_WITH_AES_128_GCM_SHA256
      00a3 TLS_DHE_DSS_WITH_AES_256_GCM_SHA384
      c023 TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256
      c024 TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384
      c027 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256
      c028 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384
      c009 TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA
      c00a TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA
      c013 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA
      c014 TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA
      0067 TLS_DHE_RSA_WITH_AES_128_CBC_SHA256
      006b TLS_DHE_RSA_WITH_AES_256_CBC_SHA256
      0040 TLS_DHE_DSS_WITH_AES_128_CBC_SHA256
      006a TLS_DHE_DSS_WITH_AES_256_CBC_SHA256
      0033 TLS_DHE_RSA_WITH_AES_128_CBC_SHA
      0039 TLS_DHE_RSA_WITH_AES_256_CBC_SHA
      0032 TLS_DHE_DSS_WITH_AES_128_CBC_SHA
      0038 TLS_DHE_DSS_WITH_AES_256_CBC_SHA
      0045 TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA
      0088 TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA
      c004 TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA
      c005 TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA
      c00e TLS_ECDH_RSA_WITH_AES_128_CBC_SHA
      c00f TLS_ECDH_RSA_WITH_AES_256_CBC_SHA
      009c TLS_RSA_WITH_AES_128_GCM_SHA256
      009d TLS_RSA_WITH_AES_256_GCM_SHA384
      c09c TLS_RSA_WITH_AES_128_CCM
      c09d TLS_RSA_WITH_AES_256_CCM
      003c TLS_RSA_WITH_AES_128_CBC_SHA256
      003d TLS_RSA_WITH_AES_256_CBC_SHA256
      002f TLS_RSA_WITH_AES_128_CBC_SHA
      0035 TLS_RSA_WITH_AES_256_CBC_SHA
      0041 TLS_RSA_WITH_CAMELLIA_128_CBC_SHA
      0084 TLS_RSA_WITH_CAMELLIA_256_CBC_SHA
      0096 TLS_RSA_WITH_SEED_CBC_SHA
      0001 TLS_RSA_WITH_NULL_MD5
      0002 TLS_RSA_WITH_NULL_SHA
      003b TLS_RSA_WITH_NULL_SHA256
      002c TLS_PSK_WITH_NULL_SHA
      002d TLS_DHE_PSK_WITH_NULL_SHA
      002e TLS_RSA_PSK_WITH_NULL_SHA
      00b0 TLS_PSK_WITH_NULL_SHA256
      00b1 TLS_PSK_WITH_NULL_SHA384
      00b4 TLS_DHE_PSK_WITH_NULL_SHA256
      00b5 TLS_DHE_PSK_WITH_NULL_SHA384
      00b8 TLS_RSA_PSK_WITH_NULL_SHA256
      00b9 TLS_RSA_PSK_WITH_NULL_SHA384
      c001 TLS_ECDH_ECDSA_WITH_NULL_SHA
      c006 TLS_ECDHE_ECDSA_WITH_NULL_SHA
      c00b TLS_ECDH_RSA_WITH_NULL_SHA
      c010 TLS_ECDHE_RSA_WITH_NULL_SHA
      c015 TLS_ECDH_anon_WITH_NULL_SHA
      c039 TLS_ECDHE_PSK_WITH_NULL_SHA
      c03a TLS_ECDHE_PSK_WITH_NULL_SHA256
      c03b TLS_ECDHE_PSK_WITH_NULL_SHA384
      0003 TLS_RSA_EXPORT_WITH_RC4_40_MD5
      0006 TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5
      0008 TLS_RSA_EXPORT_WITH_DES40_CBC_SHA
      000b TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA
      000e TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA
      0011 TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA
      0014 TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA
      0017 TLS_DH_anon_EXPORT_WITH_RC4_40_MD5
      0019 TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA
      0026 TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA
      0027 TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA
      0028 TLS_KRB5_EXPORT_WITH_RC4_40_SHA
      0029 TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5
      002a TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5
      002b TLS_KRB5_EXPORT_WITH_RC4_40_MD5
      0060 TLS_RSA_EXPORT1024_WITH_RC4_56_MD5
      0061 TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5
      0062 TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA
      0063 TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA
      0064 TLS_RSA_EXPORT1024_WITH_RC4_56_SHA
      0065 TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA
      0004 TLS_RSA_WITH_RC4_128_MD5
      0005 TLS_RSA_WITH_RC4_128_SHA
      0066 TLS_DHE_DSS_WITH_RC4_128_SHA
      0018 TLS_DH_anon_WITH_RC4_128_MD5
      0020 TLS_KRB5_WITH_RC4_128_SHA
      0024 TLS_KRB5_WITH_RC4_128_MD5
      008a TLS_PSK_WITH_RC4_128_SHA
      008e TLS_DHE_PSK_WITH_RC4_128_SHA
      0092 TLS_RSA_PSK_WITH_RC4_128_SHA
      c002 TLS_ECDH_ECDSA_WITH_RC4_128_SHA
      c007 TLS_ECDHE_ECDSA_WITH_RC4_128_SHA
      c00c TLS_ECDH_RSA_WITH_RC4_128_SHA
      c011 TLS_ECDHE_RSA_WITH_RC4_128_SHA
      c016 TLS_ECDH_anon_WITH_RC4_128_SHA
      c033 TLS_ECDHE_PSK_WITH_RC4_128_SHA
      0009 TLS_RSA_WITH_DES_CBC_SHA
      000c TLS_DH_DSS_WITH_DES_CBC_SHA
      000f TLS_DH_RSA_WITH_DES_CBC_SHA
      0012 TLS_DHE_DSS_WITH_DES_CBC_SHA
      0015 TLS_DHE_RSA_WITH_DES_CBC_SHA
      001a TLS_DH_anon_WITH_DES_CBC_SHA
      001e TLS_KRB5_WITH_DES_CBC_SHA
      0022 TLS_KRB5_WITH_DES_CBC_MD5
      0007 TLS_RSA_WITH_IDEA_CBC_SHA
      0021 TLS_KRB5_WITH_IDEA_CBC_SHA
      0025 TLS_KRB5_WITH_IDEA_CBC_MD5
      000a TLS_RSA_WITH_3DES_EDE_CBC_SHA
      000d TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA
      0010 TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA
      0013 TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA
      0016 TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA
      001b TLS_DH_anon_WITH_3DES_EDE_CBC_SHA
      001f TLS_KRB5_WITH_3DES_EDE_CBC_SHA
      0023 TLS_KRB5_WITH_3DES_EDE_CBC_MD5
      008b TLS_PSK_WITH_3DES_EDE_CBC_SHA
      008f TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA
      0093 TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA
      c003 TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA
      c008 TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA
      c00d TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA
      c012 TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA
      c017 TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA
      c01a TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA
      c01b TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA
      c01c TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA
      c034 TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA
      0034 TLS_DH_anon_WITH_AES_128_CBC_SHA
      003a TLS_DH_anon_WITH_AES_256_CBC_SHA
      006c TLS_DH_anon_WITH_AES_128_CBC_SHA256
      006d TLS_DH_anon_WITH_AES_256_CBC_SHA256
      00a6 TLS_DH_anon_WITH_AES_128_GCM_SHA256
      00a7 TLS_DH_anon_WITH_AES_256_GCM_SHA384
      0046 TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA
      0089 TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA
      00bf TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256
      00c5 TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256
      009b TLS_DH_anon_WITH_SEED_CBC_SHA
      c018 TLS_ECDH_anon_WITH_AES_128_CBC_SHA
      c019 TLS_ECDH_anon_WITH_AES_256_CBC_SHA
      c046 TLS_DH_anon_WITH_ARIA_128_CBC_SHA256
      c047 TLS_DH_anon_WITH_ARIA_256_CBC_SHA384
      c05a TLS_DH_anon_WITH_ARIA_128_GCM_SHA256
      c05b TLS_DH_anon_WITH_ARIA_256_GCM_SHA384
      c084 TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256
      c085 TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384
      010080 SSL_CK_RC4_128_WITH_MD5
      020080 SSL_CK_RC4_128_EXPORT40_WITH_MD5
      030080 SSL_CK_RC2_128_CBC_WITH_MD5
      040080 SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5
      050080 SSL_CK_IDEA_128_CBC_WITH_MD5
      060040 SSL_CK_DES_64_CBC_WITH_MD5
      0700c0 SSL_CK_DES_192_EDE3_CBC_WITH_MD5
      """;

  private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

  static {
    for (String line : TABLE.strip().split("\n")) {
      String[] parts = line.strip().split(" ");
      NAMES.put(HexFormat.fromHexDigits(parts[0]), parts[1]);
    }
  }

  private CipherSuites() {}

  /** The IANA name of {@code code}, or its hex code when the scanner does not know it. */
  public static String name(int code) {
    String n = NAMES.get(code);
    return n != null ? n : String.format(Locale.ROOT, "0x%04X", code);
  }

  /** The weaknesses a suite's name declares; empty for a suite without any of them. */
  public static Set<Weakness> weaknesses(String name) {
    Set<Weakness> w = EnumSet.noneOf(Weakness.class);
    if (name.contains("_WITH_NULL_") || name.equals("TLS_NULL_WITH_NULL_NULL")) {
      w.add(Weakness.NULL);
    }
    if (name.contains("_anon_")) {
      w.add(Weakness.ANONYMOUS);
    }
    if (name.contains("EXPORT")) {
      w.add(Weakness.EXPORT);
    }
    if (name.contains("_RC4_")) {
      w.add(Weakness.RC4);
    }
    if (name.matches(".*_(3?DES|DES40|IDEA|RC2)_.*")) {
      w.add(Weakness.BLOCK_64);
    }
    return w;
  }

  /** Two-byte suites of TLS 1.3. */
  static List<Integer> tls13() {
    return select(c -> c >= 0x1301 && c <= 0x1305);
  }

  /** Every two-byte suite of SSLv3 to TLS 1.2 the scanner knows, strong ones first. */
  static List<Integer> legacy() {
    return select(c -> c <= 0xffff && (c < 0x1301 || c > 0x1305));
  }

  /** The two-byte suites of SSLv3 to TLS 1.2 that have a weakness. */
  static List<Integer> weak() {
    return select(c -> c <= 0xffff && !weaknesses(NAMES.get(c)).isEmpty());
  }

  /** The SSLv2 cipher kinds (three-byte codes). */
  static List<Integer> sslv2() {
    return select(c -> c > 0xffff);
  }

  private static List<Integer> select(java.util.function.IntPredicate p) {
    List<Integer> out = new ArrayList<>();
    for (int c : NAMES.keySet()) {
      if (p.test(c)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }
}
