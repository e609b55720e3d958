package dev.golive.checks.tls;

import dev.golive.checks.ProbeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Sends one hand-built ClientHello over a plain socket and reads what the server makes of it: a
 * ServerHello naming a version and a suite (and, up to TLS 1.2, the certificates that follow it in
 * clear), or a refusal. No handshake is ever completed.
 */
final class RawHello {
  private static final int MAX_RECORD = (1 << 14) + 2048;
  private static final int MAX_READ = 256 * 1024;

  private RawHello() {}

  /** What the server answered. */
  sealed interface Reply permits Accepted, Refused {}

  /**
   * The server chose {@code version} and {@code suites} (one suite, or for SSLv2 every cipher kind
   * the server has); {@code chain} holds the certificates when they were asked for and sent in
   * clear.
   */
  record Accepted(TlsVersion version, List<Integer> suites, List<X509Certificate> chain)
      implements Reply {}

  /**
   * The server would not go on: an alert, a closed or reset connection, or silence ({@code silent}
   * when nothing at all arrived before the timeout).
   */
  record Refused(String why, boolean silent) implements Reply {}

  /**
   * Offers {@code suites} over {@code version} to {@code address}.
   *
   * @param host the name to send as SNI, or {@code null}
   * @param wantChain read on past the ServerHello to the Certificate message (TLS 1.2 and older)
   * @throws ProbeException when the port cannot be reached or answers something that is not TLS
   */
  static Reply send(
      InetSocketAddress address,
      String host,
      TlsVersion version,
      List<Integer> suites,
      boolean wantChain,
      Duration timeout)
      throws ProbeException {
    int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    String where = address.getHostString() + ":" + address.getPort();
    try (Socket socket = new Socket()) {
      try {
        socket.connect(address, millis);
      } catch (SocketTimeoutException e) {
        throw new ProbeException(
            "cannot connect to " + where + ": no answer within " + seconds(timeout), e);
      } catch (IOException e) {
        throw new ProbeException("cannot connect to " + where + ": " + e.getMessage(), e);
      }
      socket.setSoTimeout(millis);
      socket.getOutputStream().write(ClientHello.of(version, suites, host));
      socket.getOutputStream().flush();
      Reader reader = new Reader(new CappedInput(socket.getInputStream()), where);
      return version == TlsVersion.SSL_2 ? reader.sslv2() : reader.tls(wantChain);
    } catch (SocketTimeoutException e) {
      return new Refused("sent nothing within " + seconds(timeout), true);
    } catch (EOFException e) {
      return new Refused("closed the connection", false);
    } catch (ProbeException e) {
      throw e;
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return new Refused(m.contains("reset") ? "reset the connection" : m, false);
    }
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /** Reads the answer to one hello. */
  private static final class Reader {
    private final DataInputStream in;
    private final String where;
    private final ByteArrayOutputStream handshake = new ByteArrayOutputStream();

    Reader(InputStream raw, String where) {
      this.in = new DataInputStream(raw);
      this.where = where;
    }

    Reply tls(boolean wantChain) throws IOException {
      Accepted hello = null;
      while (true) {
        int type = in.read();
        if (type < 0) {
          return hello != null ? hello : new Refused("closed the connection", false);
        }
        int[] head = {type, in.readUnsignedByte(), in.readUnsignedByte()};
        int length = in.readUnsignedShort();
        if (type < 20 || type > 23 || head[1] != 3) {
          throw notTls(head);
        }
        if (length > MAX_RECORD) {
          throw new ProbeException(where + " sent a TLS record longer than TLS allows");
        }
        byte[] fragment = new byte[length];
        in.readFully(fragment);
        switch (type) {
          case 21 -> {
            if (fragment.length >= 2 && fragment[0] == 1 && hello == null) {
              continue; // a warning (unrecognized_name): the server goes on
            }
            if (hello != null) {
              return hello;
            }
            int description = fragment.length >= 2 ? fragment[1] & 0xff : -1;
            return new Refused("sent the alert " + Alerts.name(description), false);
          }
          case 22 -> handshake.writeBytes(fragment);
          case 20 -> {
            continue; // change_cipher_spec, sent by TLS 1.3 servers for middleboxes
          }
          default -> {
            if (hello != null) {
              return hello;
            }
            throw new ProbeException(where + " sent application data before any ServerHello");
          }
        }
        for (byte[] msg = nextMessage(); msg != null; msg = nextMessage()) {
          int msgType = msg[0] & 0xff;
          if (hello == null) {
            if (msgType != 2) {
              throw new ProbeException(
                  where + " answered a ClientHello with handshake message " + msgType);
            }
            hello = serverHello(msg);
            if (!wantChain || hello.version() == TlsVersion.TLS_1_3) {
              return hello;
            }
          } else if (msgType == 11) {
            return new Accepted(hello.version(), hello.suites(), certificates(msg, 7));
          } else if (msgType == 14) {
            return hello; // ServerHelloDone without a certificate: an anonymous suite
          }
        }
      }
    }

    Reply sslv2() throws IOException {
      int b0 = in.read();
      if (b0 < 0) {
        return new Refused("closed the connection", false);
      }
      if ((b0 & 0x80) == 0) {
        int[] head = {b0, in.readUnsignedByte(), in.readUnsignedByte()};
        if (b0 == 21 && head[1] == 3) {
          return new Refused("sent a TLS alert", false);
        }
        if (b0 >= 20 && b0 <= 23 && head[1] == 3) {
          return new Refused("answered in TLS, not SSLv2", false);
        }
        throw notTls(head);
      }
      int length = ((b0 & 0x7f) << 8) | in.readUnsignedByte();
      byte[] msg = new byte[length];
      in.readFully(msg);
      if (length < 11 || msg[0] != 4) {
        return new Refused("sent SSLv2 message " + (length > 0 ? msg[0] : -1), false);
      }
      DataInputStream m = new DataInputStream(new ByteArrayInputStream(msg, 1, length - 1));
      m.readUnsignedByte(); // session id hit
      m.readUnsignedByte(); // certificate type
      m.readUnsignedShort(); // version
      int certLength = m.readUnsignedShort();
      int kindsLength = m.readUnsignedShort();
      m.readUnsignedShort(); // connection id length
      byte[] cert = new byte[certLength];
      m.readFully(cert);
      List<Integer> kinds = new ArrayList<>();
      for (int i = 0; i + 3 <= kindsLength; i += 3) {
        kinds.add(m.readUnsignedByte() << 16 | m.readUnsignedByte() << 8 | m.readUnsignedByte());
      }
      List<X509Certificate> chain = new ArrayList<>();
      try {
        chain.add(
            (X509Certificate)
                CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(cert)));
      } catch (CertificateException e) {
        // SSLv2 is judged by being there at all; a certificate it cannot parse changes nothing
      }
      return new Accepted(TlsVersion.SSL_2, kinds, chain);
    }

    /** The next complete handshake message in the buffer, header included, or null. */
    private byte[] nextMessage() {
      byte[] buf = handshake.toByteArray();
      if (buf.length < 4) {
        return null;
      }
      int length = (buf[1] & 0xff) << 16 | (buf[2] & 0xff) << 8 | (buf[3] & 0xff);
      if (buf.length < 4 + length) {
        return null;
      }
      handshake.reset();
      handshake.write(buf, 4 + length, buf.length - 4 - length);
      byte[] msg = new byte[4 + length];
      System.arraycopy(buf, 0, msg, 0, msg.length);
      return msg;
    }

    private Accepted serverHello(byte[] msg) throws IOException {
      DataInputStream m = new DataInputStream(new ByteArrayInputStream(msg, 4, msg.length - 4));
      int version = m.readUnsignedShort();
      m.skipNBytes(32);
      m.skipNBytes(m.readUnsignedByte());
      int suite = m.readUnsignedShort();
      m.readUnsignedByte(); // compression
      if (m.available() >= 2) {
        int extLength = m.readUnsignedShort();
        byte[] ext = new byte[Math.min(extLength, m.available())];
        m.readFully(ext);
        DataInputStream e = new DataInputStream(new ByteArrayInputStream(ext));
        while (e.available() >= 4) {
          int type = e.readUnsignedShort();
          int len = e.readUnsignedShort();
          if (type == 0x002b && len == 2) {
            version = e.readUnsignedShort(); // supported_versions: TLS 1.3
          } else {
            e.skipNBytes(len);
          }
        }
      }
      int code = version;
      TlsVersion v =
          TlsVersion.ofCode(code)
              .orElseThrow(
                  () ->
                      new ProbeException(
                          where
                              + " chose an unknown protocol version 0x"
                              + Integer.toHexString(code)));
      return new Accepted(v, List.of(suite), List.of());
    }

    private static List<X509Certificate> certificates(byte[] msg, int offset) throws IOException {
      List<X509Certificate> chain = new ArrayList<>();
      try {
        CertificateFactory f = CertificateFactory.getInstance("X.509");
        int i = offset;
        while (i + 3 <= msg.length) {
          int len = (msg[i] & 0xff) << 16 | (msg[i + 1] & 0xff) << 8 | (msg[i + 2] & 0xff);
          i += 3;
          if (i + len > msg.length) {
            break;
          }
          chain.add((X509Certificate) f.generateCertificate(new ByteArrayInputStream(msg, i, len)));
          i += len;
        }
      } catch (CertificateException e) {
        throw new IOException("the server sent a certificate that cannot be read", e);
      }
      return chain;
    }

    private ProbeException notTls(int[] head) {
      byte[] first = new byte[head.length];
      for (int i = 0; i < head.length; i++) {
        first[i] = (byte) head[i];
      }
      String text = new String(first, StandardCharsets.ISO_8859_1);
      if (text.startsWith("HTT") || text.startsWith("<")) {
        return new ProbeException(
            where + " answers in plain HTTP, not TLS: it is not a TLS port (or TLS is off)");
      }
      return new ProbeException(
          where
              + " does not answer in TLS (its first bytes are "
              + HexFormat.ofDelimiter(" ").formatHex(first)
              + ")");
    }
  }

  /** Stops reading past {@link #MAX_READ}: no answer to a hello is that long. */
  private static final class CappedInput extends InputStream {
    private final InputStream in;
    private int count;

    CappedInput(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (count >= MAX_READ) {
        throw new IOException("the answer is longer than " + MAX_READ + " bytes");
      }
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (count >= MAX_READ) {
        throw new IOException("the answer is longer than " + MAX_READ + " bytes");
      }
      int n = in.read(b, off, Math.min(len, MAX_READ - count));
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
