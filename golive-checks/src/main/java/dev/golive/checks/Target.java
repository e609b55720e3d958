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
 * @param resources its database, Redis, repository, environment, compose files and backups
 */
public record Target(
    String name,
    URI web,
    URI api,
    String tlsHost,
    int tlsPort,
    InetSocketAddress resolver,
    Resources resources) {

  public Target {
    resources = resources == null ? Resources.NONE : resources;
  }

  /** A target from one base URL: the site and API there, TLS on its host and HTTPS port. */
  public static Target of(URI url) {
    int port = "https".equalsIgnoreCase(url.getScheme()) && url.getPort() > 0 ? url.getPort() : 443;
    return new Target(url.toString(), url, url, url.getHost(), port, null, Resources.NONE);
  }

  /** A target with no site, only resources: a database, a repository, ... */
  public static Target of(String name, Resources resources) {
    return new Target(name, null, null, null, 443, null, resources);
  }

  public Target withResolver(InetSocketAddress dns) {
    return new Target(name, web, api, tlsHost, tlsPort, dns, resources);
  }

  public Target withName(String newName) {
    return new Target(newName, web, api, tlsHost, tlsPort, resolver, resources);
  }

  public Target withResources(Resources r) {
    return new Target(name, web, api, tlsHost, tlsPort, resolver, r);
  }

  /** The host name DNS checks look up. */
  public String host() {
    return web != null ? web.getHost() : tlsHost;
  }

  /** Whether this target gives what checks of {@code kind} look at. */
  public boolean has(TargetKind kind) {
    return switch (kind) {
      case WEB -> web != null;
      case API -> api != null;
      case TLS -> tlsHost != null;
      case DNS -> host() != null;
      default -> resources.has(kind);
    };
  }
}
