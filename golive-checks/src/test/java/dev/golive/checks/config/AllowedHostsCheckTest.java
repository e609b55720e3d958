package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.SOURCE;
import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.CheckType;
import dev.golive.checks.config.AllowedHostsCheck.Hosts;
import dev.golive.core.model.Outcome;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowedHostsCheckTest {
  private static final AllowedHostsCheck DEFAULTS =
      (AllowedHostsCheck) CheckType.of(AllowedHostsCheck.class).withDefaults();

  private static AllowedHostsCheck.Evidence seen(String siteHost, String value) {
    return new AllowedHostsCheck.Evidence(
        SOURCE,
        siteHost,
        List.of(new Hosts("ALLOWED_HOSTS", ".env:2", Values.split(value), List.of())));
  }

  @ParameterizedTest(name = "[{0}] on {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "shop.example,www.shop.example   | shop.example | PASS",
        "`[\"shop.example\"]`            | shop.example | PASS",
        "shop.example api.shop.example   | ``           | PASS",
        "``                              | ``           | FAIL",
        "*                               | shop.example | FAIL",
        "shop.example,*                  | shop.example | FAIL",
        "^.*$                            | ``           | FAIL",
        ".com                            | ``           | FAIL",
        ".shop.example                   | shop.example | WARN",
        "*.shop.example                  | ``           | WARN",
        "localhost,127.0.0.1,[::1]       | ``           | WARN",
        "other.example                   | shop.example | WARN",
        "SHOP.example                    | shop.example | PASS",
      })
  void judgesTheList(String value, String siteHost, Outcome expected) {
    assertThat(DEFAULTS.evaluate(seen(siteHost.isEmpty() ? null : siteHost, value)).outcome())
        .isEqualTo(expected);
  }

  @Test
  void messagesSayWhatIsWrongAndWhere() {
    assertThat(DEFAULTS.evaluate(seen(null, "")).message())
        .isEqualTo(
            "ALLOWED_HOSTS (.env:2) is empty, so Django answers every request with 400"
                + " (security.W020)");
    assertThat(DEFAULTS.evaluate(seen(null, "shop.example,*")).message())
        .isEqualTo(
            "ALLOWED_HOSTS (.env:2) allows any host (*), so the app trusts whatever Host header a"
                + " request sends");
    assertThat(DEFAULTS.evaluate(seen("shop.example", "api.example")).message())
        .isEqualTo("ALLOWED_HOSTS (.env:2): does not list shop.example, the site's host");
  }

  @Test
  void subdomainWildcardsMayBeAccepted() {
    var lax = new AllowedHostsCheck(true);
    assertThat(lax.evaluate(seen("www.shop.example", ".shop.example")).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(lax.evaluate(seen(null, ".com")).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void djangosMatchingRules() {
    assertThat(AllowedHostsCheck.matches(".shop.example", "shop.example")).isTrue();
    assertThat(AllowedHostsCheck.matches(".shop.example", "a.b.shop.example")).isTrue();
    assertThat(AllowedHostsCheck.matches(".shop.example", "evilshop.example")).isFalse();
    assertThat(AllowedHostsCheck.matches("shop.example", "www.shop.example")).isFalse();
  }

  @Test
  void nothingSetIsSkippedAndAnUnsetReferenceIsAnError() {
    assertThat(DEFAULTS.evaluate(new AllowedHostsCheck.Evidence(SOURCE, null, List.of())).outcome())
        .isEqualTo(Outcome.SKIPPED);
    var unresolved =
        new AllowedHostsCheck.Evidence(
            SOURCE,
            null,
            List.of(new Hosts("DJANGO_ALLOWED_HOSTS", ".env:1", List.of(), List.of("HOSTS"))));
    assertThat(DEFAULTS.evaluate(unresolved).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void readsTheEnvFileAndComparesWithTheTargetsSite(@TempDir Path dir) throws Exception {
    Path env = write(dir, ".env", "DJANGO_ALLOWED_HOSTS=\"shop.example, www.shop.example\"\n");
    var target = Configs.target(env.toString(), null, URI.create("https://api.shop.example/"));
    var e = Configs.collect(DEFAULTS, target);
    assertThat(e.siteHost()).isEqualTo("api.shop.example");
    assertThat(e.settings())
        .containsExactly(
            new Hosts(
                "DJANGO_ALLOWED_HOSTS",
                ".env:1",
                List.of("shop.example", "www.shop.example"),
                List.of()));
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.WARN);
  }

  @Test
  void djangoSettingsThatSplitAnUnsetVariableAllowNothing(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n");
    write(
        repo,
        "shop/settings.py",
        "import os\nALLOWED_HOSTS = os.environ.get('ALLOWED_HOSTS', '').split(',')\n");
    Path env = write(repo, ".env", "DEBUG=False\n");
    var j = Configs.run(DEFAULTS, env, repo);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .startsWith(
            "ALLOWED_HOSTS (shop/settings.py:2, the default while ALLOWED_HOSTS is unset in the"
                + " env) is empty");
  }

  @Test
  void readsGolivesOwnEnvironment() throws Exception {
    var f = ChildJvm.audit(Map.of("ALLOWED_HOSTS", "*"), "config.allowed-hosts");
    assertThat(f.get("outcome").asText()).isEqualTo("FAIL");
    assertThat(f.at("/evidence/settings/0/where").asText()).isEqualTo("the process environment");
  }
}
