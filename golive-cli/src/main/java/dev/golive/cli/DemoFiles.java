package dev.golive.cli;

import dev.golive.cli.demo.DemoSite;

/** The sample checklist and golive.yaml of {@code golive demo}, pointed at the running shop. */
final class DemoFiles {
  private DemoFiles() {}

  /**
   * A checklist whose ticks are partly false, so that the audit shows every verdict: each item says
   * beside it what golive will find.
   */
  static String checklist(DemoSite site) {
    return """
        # Teapot Shop — production checklist

        Status: **Production-Ready ✅** (100%% done)

        ## Security (critical)

        - [x] Plain HTTP redirects to HTTPS <!-- golive: http.https-redirect from=%s -->
        - [x] HSTS enabled for a year <!-- golive: http.hsts min-max-age=31536000 -->
        - [x] TLS certificate valid, renewed well ahead <!-- golive: tls.certificate; tls.expiry -->
        - [x] Content-Security-Policy set <!-- golive: http.csp -->
        - [x] `.env` not reachable from the web <!-- golive: exposure.dotenv -->
        - [x] Server version hidden <!-- golive: http.server-banner -->
        - [ ] X-Content-Type-Options: nosniff <!-- golive: http.content-type-options -->
        - [ ] `.git` folder not exposed <!-- golive: exposure.git -->

        ## Operations (high)

        - [x] Health endpoint answers <!-- golive: api.health -->
        - [x] Order export answers <!-- golive: http.status path=/export -->
        - [x] Backups restored in a drill
        - [ ] On-call rota agreed

        ## Marketing (nice to have)

        - [ ] Title, description and viewport on the home page <!-- golive: seo.meta -->
        - [ ] Open Graph tags for sharing <!-- golive: seo.open-graph -->
        - [ ] CDN in front of the images
        """
        .formatted(site.plainUrl());
  }

  static String config(DemoSite site) {
    return """
        # golive demo: the sample shop, and a waiver for the CDN
        targets:
          shop:
            web: %s
            tls: 127.0.0.1:%s

        waivers:
          - item: CDN in front of the images
            reason: the CDN contract starts after the launch
            owner: ops
            until: 2099-12-31
        """
        .formatted(site.url(), String.valueOf(site.tlsPort()));
  }
}
