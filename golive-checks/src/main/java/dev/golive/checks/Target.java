package dev.golive.checks;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The things one audit run looks at.
 *
 * @param name how reports refer to it, as in {@code production} or the URL given
 * @param web base URL of the site
 * @param api base URL of the API; the site's when not given
 * @param tlsHost host whose TLS service is checked
 * @param tlsPort port of that service, usually 443
 * @param resolver DNS server to ask, or {@code null} for the system's
 */
public record Target(
    String name, URI web, URI api, String tlsHost, int tlsPort, InetSocketAddress resolver) {

  /** A target from one base URL: the site and API there, TLS on its host and HTTPS port. */
  public static Target of(URI url) {
    int port = "https".equalsIgnoreCase(url.getScheme()) && url.getPort() > 0 ? url.getPort() : 443;
    return new Target(url.toString(), url, url, url.getHost(), port, null);
  }

  public Target withResolver(InetSocketAddress dns) {
    return new Target(name, web, api, tlsHost, tlsPort, dns);
  }

  /** The host name DNS checks look up. */
  public String host() {
    return web != null ? web.getHost() : tlsHost;
  }
}
