package dev.golive.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Socket factories that remember every socket they make, so that a watchdog can close them all at a
 * deadline: socket timeouts alone let a server that trickles one byte at a time hold a sender for
 * as long as it likes.
 */
final class TrackedSockets {
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  /** Plain sockets (SMTP, and the first part of STARTTLS). */
  SocketFactory plain() {
    SocketFactory d = SocketFactory.getDefault();
    return new SocketFactory() {
      @Override
      public Socket createSocket() throws IOException {
        return track(d.createSocket());
      }

      @Override
      public Socket createSocket(String host, int port) throws IOException {
        return track(d.createSocket(host, port));
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress local, int localPort)
          throws IOException {
        return track(d.createSocket(host, port, local, localPort));
      }

      @Override
      public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(d.createSocket(host, port));
      }

      @Override
      public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
          throws IOException {
        return track(d.createSocket(host, port, local, localPort));
      }
    };
  }

  /** TLS sockets with the JVM's default trust (SMTPS, and STARTTLS over a plain socket). */
  SSLSocketFactory tls() {
    SSLSocketFactory d = (SSLSocketFactory) SSLSocketFactory.getDefault();
    return new SSLSocketFactory() {
      @Override
      public String[] getDefaultCipherSuites() {
        return d.getDefaultCipherSuites();
      }

      @Override
      public String[] getSupportedCipherSuites() {
        return d.getSupportedCipherSuites();
      }

      @Override
      public Socket createSocket() throws IOException {
        return track(d.createSocket());
      }

      @Override
      public Socket createSocket(Socket s, String host, int port, boolean autoClose)
          throws IOException {
        return track(d.createSocket(s, host, port, autoClose));
      }

      @Override
      public Socket createSocket(String host, int port) throws IOException {
        return track(d.createSocket(host, port));
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress local, int localPort)
          throws IOException {
        return track(d.createSocket(host, port, local, localPort));
      }

      @Override
      public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(d.createSocket(host, port));
      }

      @Override
      public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
          throws IOException {
        return track(d.createSocket(host, port, local, localPort));
      }
    };
  }

  private Socket track(Socket s) {
    sockets.add(s);
    return s;
  }

  /** Closes every socket made so far; whoever reads or writes on one gets an exception. */
  void closeAll() {
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // closing is all that is wanted; a socket that fails to close is closed enough
      }
    }
  }
}
