package dev.golive.bench.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.bench.observatory.RandomSite.Spec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The random sites are the same for a seed, and 300 of them mix every variant. */
class RandomSitesTest {
  private static final List<Spec> SITES = RandomSites.draw(20261124, 300);

  @Test
  void aSeedGivesTheSameSites() {
    assertThat(RandomSites.draw(20261124, 300)).isEqualTo(SITES);
    assertThat(RandomSites.draw(7, 300)).isNotEqualTo(SITES);
    assertThat(SITES)
        .extracting(Spec::name)
        .doesNotHaveDuplicates()
        .contains("site-001", "site-300");
  }

  @Test
  void everyWayOfAnsweringIsDrawn() {
    assertThat(SITES.stream().map(Spec::tls).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(RandomSite.Tls.class));
    assertThat(SITES.stream().map(Spec::plain).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(RandomSite.Plain.class));
    assertThat(SITES.stream().map(Spec::secure).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(RandomSite.Secure.class));
    assertThat(SITES.stream().map(Spec::cors).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(RandomSite.Cors.class));
    assertThat(SITES.stream().map(Spec::status).collect(Collectors.toSet()))
        .isEqualTo(Set.of(200, 401, 403, 404, 500));
  }

  @Test
  void aSiteWithoutHttpsAnswersOverPlainHttp() {
    assertThat(SITES)
        .filteredOn(s -> s.tls() == RandomSite.Tls.NONE)
        .isNotEmpty()
        .allMatch(
            s ->
                Set.of(
                        RandomSite.Plain.PAGE,
                        RandomSite.Plain.PLAIN_ELSEWHERE,
                        RandomSite.Plain.META_REFRESH)
                    .contains(s.plain()));
  }

  @Test
  void everyHeaderIsSometimesRightSometimesWrongSometimesMissingOrDoubled() {
    for (String header :
        List.of(
            "Strict-Transport-Security",
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Cross-Origin-Resource-Policy")) {
      assertThat(SITES).as(header + " missing").anyMatch(s -> s.values(header).isEmpty());
      assertThat(SITES).as(header + " twice").anyMatch(s -> s.values(header).size() > 1);
    }
    assertThat(SITES)
        .anyMatch(has("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload"));
    assertThat(SITES).anyMatch(has("Strict-Transport-Security", "max-age=abc"));
    assertThat(SITES).anyMatch(has("X-Frame-Options", "ALLOW-FROM https://partner.example"));
    assertThat(SITES).anyMatch(has("X-Content-Type-Options", "no-sniff"));
    assertThat(SITES).anyMatch(has("Referrer-Policy", "unsafe-url"));
    assertThat(SITES).anyMatch(has("Cross-Origin-Resource-Policy", "same_origin"));
    assertThat(SITES)
        .anyMatch(
            has(
                "Content-Security-Policy-Report-Only",
                "default-src 'none'; report-uri /csp-report"));
    assertThat(SITES)
        .anyMatch(
            s ->
                s.values("Content-Security-Policy").stream()
                    .anyMatch(v -> v.contains("frame-ancestors *")));
    assertThat(SITES)
        .anyMatch(
            s ->
                s.head().stream()
                    .anyMatch(m -> m.contains("http-equiv=\"Content-Security-Policy\"")));
    assertThat(SITES)
        .anyMatch(s -> s.head().stream().anyMatch(m -> m.contains("name=\"referrer\"")));
  }

  @Test
  void cookiesAndScriptsComeInEveryFlavour() {
    List<String> cookies = SITES.stream().flatMap(s -> s.cookies().stream()).toList();
    for (String part :
        List.of(
            "__Host-",
            "__Secure-",
            "; Secure",
            "; HttpOnly",
            "; SameSite=None",
            "; SameSite=Bogus",
            "; Domain=other.example",
            "; Max-Age=0",
            "; Expires=Thu, 01 Jan 1970")) {
      assertThat(cookies).as(part).anyMatch(c -> c.contains(part));
    }
    assertThat(cookies)
        .as("session cookies")
        .anyMatch(c -> !c.contains("Max-Age") && !c.contains("Expires"));
    List<RandomSite.Script> scripts = SITES.stream().flatMap(s -> s.scripts().stream()).toList();
    assertThat(scripts).anyMatch(s -> s.src() == null);
    for (String src :
        List.of(
            "/static/app.js",
            "{https}/static/app.js",
            "https://cdn.example.com/lib.js",
            "http://cdn.example.com/lib.js",
            "//cdn.example.com/lib.js")) {
      assertThat(scripts)
          .as(src + " with integrity")
          .anyMatch(s -> src.equals(s.src()) && s.integrity());
      assertThat(scripts).as(src + " without").anyMatch(s -> src.equals(s.src()) && !s.integrity());
    }
    assertThat(SITES)
        .anyMatch(s -> s.crossdomain() != null && s.crossdomain().contains("domain=\"*\""));
    assertThat(SITES).anyMatch(s -> s.clientaccess() != null);
  }

  private static Predicate<Spec> has(String header, String value) {
    return s -> s.values(header).contains(value);
  }
}
