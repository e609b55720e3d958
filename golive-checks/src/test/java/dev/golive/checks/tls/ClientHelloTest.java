package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientHelloTest {
  /** The extension types of a TLS hello, after checking every length in it adds up. */
  private static List<Integer> extensions(byte[] record, TlsVersion version) {
    ByteBuffer b = ByteBuffer.wrap(record);
    assertThat(b.get()).isEqualTo((byte) 22);
    assertThat(b.getShort() & 0xffff).isEqualTo(version == TlsVersion.SSL_3 ? 0x0300 : 0x0301);
    assertThat(b.getShort() & 0xffff).isEqualTo(record.length - 5);
    assertThat(b.get()).isEqualTo((byte) 1);
    int length = (b.get() & 0xff) << 16 | (b.getShort() & 0xffff);
    assertThat(length).isEqualTo(record.length - 9);
    if (version != TlsVersion.SSL_3) {
      // some load balancers drop hellos whose record is 256 to 511 bytes long; an SSLv3 hello
      // has no extensions to pad with
      assertThat(length + 4 < 256 || length + 4 > 511).as("hello of %d bytes", length).isTrue();
    }
    int legacy = b.getShort() & 0xffff;
    assertThat(legacy).isEqualTo(Math.min(version.code(), TlsVersion.TLS_1_2.code()));
    b.position(b.position() + 32);
    int session = b.get() & 0xff;
    b.position(b.position() + session);
    int suites = b.getShort() & 0xffff;
    b.position(b.position() + suites);
    assertThat(b.get()).isEqualTo((byte) 1);
    assertThat(b.get()).isEqualTo((byte) 0);
    List<Integer> types = new ArrayList<>();
    if (!b.hasRemaining()) {
      return types;
    }
    int end = (b.getShort() & 0xffff) + b.position();
    assertThat(end).isEqualTo(record.length);
    while (b.position() < end) {
      types.add(b.getShort() & 0xffff);
      int extLength = b.getShort() & 0xffff;
      b.position(b.position() + extLength);
    }
    assertThat(b.position()).isEqualTo(end);
    return types;
  }

  @ParameterizedTest
  @EnumSource(names = {"SSL_3", "TLS_1_0", "TLS_1_1", "TLS_1_2", "TLS_1_3"})
  void everyLengthAddsUp(TlsVersion v) {
    List<List<Integer>> lists =
        List.of(CipherSuites.weak(), ProtocolScan.offer(v), List.of(0x002f), List.of());
    for (List<Integer> suites : lists) {
      List<Integer> ext = extensions(ClientHello.of(v, suites, "shop.test"), v);
      if (v == TlsVersion.SSL_3) {
        assertThat(ext).isEmpty();
      } else {
        assertThat(ext).startsWith(0x0000, 0x000a, 0x000b);
        assertThat(ext.contains(0x000d)).isEqualTo(v.compareTo(TlsVersion.TLS_1_2) >= 0);
        assertThat(ext.contains(0x002b)).isEqualTo(v == TlsVersion.TLS_1_3);
        assertThat(ext.contains(0x0033)).isEqualTo(v == TlsVersion.TLS_1_3);
      }
    }
  }

  @Test
  void anAddressIsNeverSentAsServerName() {
    assertThat(
            extensions(
                ClientHello.of(TlsVersion.TLS_1_2, List.of(0x002f), "127.0.0.1"),
                TlsVersion.TLS_1_2))
        .doesNotContain(0x0000);
    assertThat(
            extensions(
                ClientHello.of(TlsVersion.TLS_1_2, List.of(0x002f), "::1"), TlsVersion.TLS_1_2))
        .doesNotContain(0x0000);
    byte[] named = ClientHello.of(TlsVersion.TLS_1_2, List.of(0x002f), "shop.test");
    assertThat(new String(named, StandardCharsets.ISO_8859_1)).contains("shop.test");
  }

  @Test
  void sslv2UsesItsOwnRecord() {
    byte[] hello = ClientHello.of(TlsVersion.SSL_2, CipherSuites.sslv2(), null);
    assertThat(hello[0] & 0x80).isEqualTo(0x80);
    assertThat(((hello[0] & 0x7f) << 8) | (hello[1] & 0xff)).isEqualTo(hello.length - 2);
    assertThat(hello[2]).isEqualTo((byte) 1);
    assertThat(hello[4]).isEqualTo((byte) 2);
    assertThat(((hello[5] & 0xff) << 8) | (hello[6] & 0xff))
        .isEqualTo(CipherSuites.sslv2().size() * 3);
  }

  @Test
  void theWeakListHoldsOnlyWeakSuitesAndTheStrongListStartsStrong() {
    assertThat(CipherSuites.weak())
        .allSatisfy(c -> assertThat(CipherSuites.weaknesses(CipherSuites.name(c))).isNotEmpty())
        .hasSizeGreaterThan(100);
    assertThat(CipherSuites.weaknesses(CipherSuites.name(CipherSuites.legacy().getFirst())))
        .isEmpty();
    assertThat(CipherSuites.name(0x0a0a)).isEqualTo("0x0A0A");
  }
}
