package dev.golive.checks.tls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * A ClientHello built byte by byte, so any version and any list of suites can be offered, whatever
 * the JDK's own client supports (RFC 5246 section 7.4.1.2, RFC 8446 section 4.1.2; SSLv2 as in
 * draft-hickman-netscape-ssl-00). Nothing past the hello is ever sent.
 */
final class ClientHello {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final int HANDSHAKE = 22;
  private static final int RENEGOTIATION_INFO_SCSV = 0x00ff;

  // named groups: x25519, secp256r1, secp384r1, secp521r1, x448, ffdhe2048, ffdhe3072
  private static final int[] GROUPS = {0x001d, 0x0017, 0x0018, 0x0019, 0x001e, 0x0100, 0x0101};

  // signature schemes, strong first; SHA-1 and DSA last for old servers that know nothing else
  private static final int[] SIGNATURES = {
    0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0807, 0x0808, 0x0809,
    0x080a, 0x080b, 0x0402, 0x0303, 0x0301, 0x0302, 0x0203, 0x0201, 0x0202
  };

  private ClientHello() {}

  /**
   * A hello offering exactly {@code version} and {@code suites}. TLS 1.3 is offered as RFC 8446
   * asks (legacy version TLS 1.2, supported_versions, an X25519 key share); SSLv3 carries no
   * extensions, as SSLv3 servers expect; SSLv2 uses its own record format.
   *
   * @param host the server name to send, or {@code null} (IP addresses are never sent, RFC 6066)
   */
  static byte[] of(TlsVersion version, List<Integer> suites, String host) {
    if (version == TlsVersion.SSL_2) {
      return sslv2(suites);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int legacyVersion = version == TlsVersion.TLS_1_3 ? TlsVersion.TLS_1_2.code() : version.code();
    u16(body, legacyVersion);
    body.writeBytes(random(32));
    byte[] session = version == TlsVersion.TLS_1_3 ? random(32) : new byte[0];
    body.write(session.length);
    body.writeBytes(session);
    u16(body, (suites.size() + 1) * 2);
    for (int s : suites) {
      u16(body, s);
    }
    u16(body, RENEGOTIATION_INFO_SCSV);
    body.write(1); // compression methods: null only
    body.write(0);
    if (version != TlsVersion.SSL_3) {
      byte[] ext = extensions(version, host);
      int unpadded = body.size() + 4 + 2 + ext.length;
      if (unpadded >= 256 && unpadded < 512) {
        // some load balancers drop hellos of 256 to 511 bytes (RFC 7685 padding)
        ext = concat(ext, padding(512 - unpadded - 4));
      }
      u16(body, ext.length);
      body.writeBytes(ext);
    }
    byte[] hello = handshake(1, body.toByteArray());
    return record(HANDSHAKE, version == TlsVersion.SSL_3 ? 0x0300 : 0x0301, hello);
  }

  private static byte[] extensions(TlsVersion version, String host) {
    ByteArrayOutputStream ext = new ByteArrayOutputStream();
    if (host != null && !isAddress(host)) {
      byte[] name = host.getBytes(StandardCharsets.US_ASCII);
      ByteArrayOutputStream sni = new ByteArrayOutputStream();
      u16(sni, name.length + 3);
      sni.write(0); // host_name
      u16(sni, name.length);
      sni.writeBytes(name);
      extension(ext, 0x0000, sni.toByteArray());
    }
    ByteArrayOutputStream groups = new ByteArrayOutputStream();
    u16(groups, GROUPS.length * 2);
    for (int g : GROUPS) {
      u16(groups, g);
    }
    extension(ext, 0x000a, groups.toByteArray());
    extension(ext, 0x000b, new byte[] {1, 0}); // ec_point_formats: uncompressed
    if (version.compareTo(TlsVersion.TLS_1_2) >= 0) {
      ByteArrayOutputStream sigs = new ByteArrayOutputStream();
      u16(sigs, SIGNATURES.length * 2);
      for (int s : SIGNATURES) {
        u16(sigs, s);
      }
      extension(ext, 0x000d, sigs.toByteArray());
    }
    if (version == TlsVersion.TLS_1_3) {
      extension(ext, 0x002b, new byte[] {2, 0x03, 0x04}); // supported_versions: TLS 1.3
      extension(ext, 0x002d, new byte[] {1, 1}); // psk_key_exchange_modes: psk_dhe_ke
      byte[] key = x25519PublicKey();
      ByteArrayOutputStream share = new ByteArrayOutputStream();
      u16(share, key.length + 4);
      u16(share, 0x001d);
      u16(share, key.length);
      share.writeBytes(key);
      extension(ext, 0x0033, share.toByteArray());
    }
    return ext.toByteArray();
  }

  private static byte[] sslv2(List<Integer> kinds) {
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.write(1); // CLIENT-HELLO
    u16(msg, 0x0002);
    u16(msg, kinds.size() * 3);
    u16(msg, 0); // session id
    u16(msg, 16); // challenge
    for (int k : kinds) {
      msg.write(k >> 16);
      msg.write(k >> 8);
      msg.write(k);
    }
    msg.writeBytes(random(16));
    byte[] m = msg.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x80 | (m.length >> 8));
    out.write(m.length);
    out.writeBytes(m);
    return out.toByteArray();
  }

  /** The raw public key of a fresh X25519 pair: the last 32 bytes of its X.509 encoding. */
  private static byte[] x25519PublicKey() {
    try {
      byte[] encoded =
          KeyPairGenerator.getInstance("X25519").generateKeyPair().getPublic().getEncoded();
      return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    } catch (GeneralSecurityException e) {
      return random(32);
    }
  }

  private static byte[] padding(int length) {
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    extension(p, 0x0015, new byte[Math.max(0, length)]);
    return p.toByteArray();
  }

  private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
    u16(out, type);
    u16(out, data.length);
    out.writeBytes(data);
  }

  static byte[] handshake(int type, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(type);
    out.write(body.length >> 16);
    out.write(body.length >> 8);
    out.write(body.length);
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] record(int type, int version, byte[] fragment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(type);
    u16(out, version);
    u16(out, fragment.length);
    out.writeBytes(fragment);
    return out.toByteArray();
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write((v >> 8) & 0xff);
    out.write(v & 0xff);
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** An IPv4 or IPv6 literal, which SNI must not carry. */
  static boolean isAddress(String host) {
    return host.matches("[0-9.]+") || host.contains(":");
  }
}
