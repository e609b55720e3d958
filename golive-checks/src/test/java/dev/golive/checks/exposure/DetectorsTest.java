package dev.golive.checks.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies beside what each family of detectors must make of them ("-" for nothing). */
class DetectorsTest {
  private static final String SPA =
      """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Shop</title>
      <script type="module" src="/assets/index-3f2a.js"></script></head>
      <body><div id="root"></div></body></html>
      """;

  static Stream<Arguments> dotenv() {
    return Stream.of(
        Arguments.of("APP_KEY=base64:c2VjcmV0\nDB_PASSWORD=hunter2\n", "dotenv"),
        Arguments.of(
            "# production\n\nexport AWS_SECRET_ACCESS_KEY=abc\nexport REGION=eu\n", "dotenv"),
        Arguments.of("DATABASE_URL = postgres://u:p@db/x\nDEBUG=false\nmulti\n", "dotenv"),
        Arguments.of(
            "APP_NAME=Shop\nMAIL_LAYOUT=<html><body></body></html>\nDB_PASSWORD=x\n", "dotenv"),
        Arguments.of("\uFEFF\n  APP_ENV=production\n", "dotenv"),
        Arguments.of(SPA, "-"),
        Arguments.of("{\"DB_PASSWORD\": \"x\"}", "-"),
        Arguments.of("Not found", "-"),
        Arguments.of("a == b\nc == d\n", "-"),
        Arguments.of("", "-"),
        Arguments.of("line one\nline two\nline three\nKEY=value\n", "-"));
  }

  static Stream<Arguments> git() {
    return Stream.of(
        Arguments.of("ref: refs/heads/main\n", "git-head"),
        Arguments.of("3f786850e387550fdab836ed7e6dc881de23001b\n", "git-head"),
        Arguments.of(
            """
            [core]
            \trepositoryformatversion = 0
            \tbare = false
            [remote "origin"]
            \turl = https://user:token@git.test/shop.git
            """,
            "git-config"),
        Arguments.of(SPA, "-"),
        Arguments.of("<pre>ref: refs/heads/main</pre>", "-"),
        Arguments.of("<html><body><pre>\n[core]\n</pre></body></html>", "-"),
        Arguments.of("Use 'ref: refs/heads/main' in HEAD", "-"));
  }

  static Stream<Arguments> debug() {
    return Stream.of(
        Arguments.of(
            "<p>Using the URLconf defined in <code>shop.urls</code>, Django tried these URL"
                + " patterns, in this order:</p>",
            "django-debug"),
        Arguments.of(
            "<p>You’re seeing this error because you have <code>DEBUG = True</code> in your"
                + " Django settings file.</p>",
            "django-debug"),
        Arguments.of("<p>Set DEBUG = True in settings.py while developing.</p>", "-"),
        Arguments.of(
            "<title>ZeroDivisionError: division by zero // Werkzeug Debugger</title>",
            "werkzeug-debugger"),
        Arguments.of("<script>\n    window.ignite(window.data);\n</script>", "laravel-ignition"),
        Arguments.of("{\"can_execute_commands\":true}", "laravel-ignition"),
        Arguments.of("<div class=\"Whoops container\">", "whoops"),
        Arguments.of(
            "<div id=\"sfwdt3b1c2a\" class=\"sf-toolbar sf-display-none\"></div>",
            "symfony-toolbar"),
        Arguments.of("<title>Symfony Profiler</title>", "symfony-profiler"),
        Arguments.of("<title>Action Controller: Exception caught</title>", "rails-exception"),
        Arguments.of(
            """
            <h1>Server Error in '/' Application.<hr width=100% size=1 color=silver></h1>
            <h2> <i>Object reference not set to an instance of an object.</i> </h2>
            <b> Exception Details: </b>System.NullReferenceException""",
            "aspnet-error"),
        Arguments.of(
            "<h1>Server Error in '/' Application.</h1><h2><i>Runtime Error</i></h2>"
                + "<b>Description: </b>An application error occurred on the server.",
            "-"),
        Arguments.of(
            "<br />\n<b>Warning</b>:  include(missing.php): Failed to open stream: No such file"
                + " or directory in <b>/var/www/html/index.php</b> on line <b>3</b><br />",
            "php-error"),
        Arguments.of(
            "<b>Warning</b>:  include() [<a href='function.include'>function.include</a>]:"
                + " Failed opening 'x.php' in <b>/srv/www/a.php</b> on line <b>9</b>",
            "php-error"),
        Arguments.of(
            "PHP Fatal error:  Uncaught Error: Call to undefined function foo() in"
                + " /var/www/app.php on line 12",
            "php-error"),
        Arguments.of("<div id=\"tracy-bs\" itemscope>", "tracy"),
        Arguments.of(
            "<p>Powered by <a href=\"https://elmah.github.io/\">ELMAH</a>, version 1.2.</p>",
            "elmah"),
        Arguments.of("<h2>Requests to this Application</h2>", "aspnet-trace"),
        Arguments.of(
            "<pre>Traceback (most recent call last):\n  File &quot;/app/views.py&quot;, line 12,"
                + " in index\n</pre>",
            "python-traceback"),
        Arguments.of(
            "java.lang.NullPointerException\n\tat com.shop.web.CartController.show"
                + "(CartController.java:42)\n",
            "java-stack"),
        Arguments.of(
            "{\"status\":500,\"trace\":\"java.lang.IllegalStateException: x\\n\\tat"
                + " org.springframework.web.servlet.DispatcherServlet.doDispatch"
                + "(DispatcherServlet.java:1089)\\n\"}",
            "java-stack"),
        Arguments.of(
            "   at Shop.Web.CartController.Show(Int32 id) in C:\\src\\Shop\\CartController.cs:line"
                + " 42",
            "dotnet-stack"),
        Arguments.of(
            "<pre>Error: boom<br> &nbsp; &nbsp;at Layer.handle [as handle_request]"
                + " (/app/node_modules/express/lib/router/layer.js:95:5)</pre>",
            "node-stack"),
        Arguments.of("    at /srv/app/server.mjs:41:7", "node-stack"),
        Arguments.of("    at Object.<anonymous> (C:\\app\\index.js:3:9)", "node-stack"),
        Arguments.of("    at node:internal/main/run_main_module:28:49", "node-stack"),
        Arguments.of("app/controllers/cart_controller.rb:12:in `show'", "ruby-backtrace"),
        Arguments.of(
            "#0 /var/www/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180):"
                + " Illuminate\\Foundation\\Http\\Kernel->handle()",
            "php-stack"),
        Arguments.of("panic: boom\n\ngoroutine 1 [running]:\nmain.main()", "go-panic"),
        Arguments.of(SPA, "-"),
        Arguments.of("<h1>Not Found</h1><p>The requested URL was not found.</p>", "-"),
        Arguments.of("<p>We met at the conference (see photo.js: 1:2)</p>", "-"));
  }

  static Stream<Arguments> admin() {
    return Stream.of(
        Arguments.of(
            "<title>Apache Status</title>\n<h1>Apache Server Status for shop.test (via 10.0.0.1)"
                + "</h1>",
            "apache-status"),
        Arguments.of(
            """
            Active connections: 2\s
            server accepts handled requests
             10 10 20\s
            Reading: 0 Writing: 1 Waiting: 1\s
            """,
            "server-status"),
        Arguments.of("Total Accesses: 1234\nTotal kBytes: 99\n", "server-status"),
        Arguments.of("<h1 align=center>Apache Server Information</h1>", "apache-info"),
        Arguments.of(
            "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"server.ports\"}]}",
            "spring-env"),
        Arguments.of("JAVA PROFILE 1.0.2\u0000\u0000\u0000\u0008", "heap-dump"),
        Arguments.of("<!DOCTYPE html><html><head><title>phpinfo()</title></head><body>", "phpinfo"),
        Arguments.of("<h1 class=\"p\">PHP Version 8.2.7</h1>", "phpinfo"),
        Arguments.of(
            "<html><head><title>/debug/pprof/</title></head><body>Types of profiles available:",
            "pprof"),
        Arguments.of("<title>Console // Werkzeug Debugger</title>", "console"),
        Arguments.of(
            "<html><head><title>Index of /uploads</title></head><body><h1>Index of /uploads</h1>",
            "directory-listing"),
        Arguments.of("<title>Directory listing for /</title>", "directory-listing"),
        Arguments.of("<pre><A HREF=\"/\">[To Parent Directory]</A>", "directory-listing"),
        Arguments.of(SPA, "-"),
        Arguments.of("<p>Our index of products</p>", "-"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource
  void dotenv(String body, String expected) {
    assertThat(firstMatch(Detectors.DOTENV, body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource
  void git(String body, String expected) {
    assertThat(firstMatch(Detectors.GIT, body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource
  void debug(String body, String expected) {
    assertThat(firstMatch(Detectors.DEBUG, body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource
  void admin(String body, String expected) {
    assertThat(firstMatch(Detectors.ADMIN, body)).isEqualTo(expected);
  }

  @Test
  void aDotenvSnippetNamesKeysButNeverValues() {
    Match m =
        new Dotenv()
            .detect(
                new Body(
                    "APP_KEY=base64:c2VjcmV0\nDB_PASSWORD=hunter2\nA=1\nB=2\nC=3\nSTRIPE=sk_live\n"))
            .orElseThrow();
    assertThat(m.snippet())
        .startsWith("APP_KEY=…, DB_PASSWORD=…")
        .contains("6 assignments")
        .doesNotContain("hunter2", "c2VjcmV0", "sk_live");
  }

  @Test
  void snippetsAreShortAndWithoutTags() {
    String longPhp =
        "<b>Warning</b>: " + "x".repeat(400) + " in <b>/var/www/a.php</b> on line <b>1</b>";
    Match m = firstMatchOf(Detectors.DEBUG, longPhp).orElseThrow();
    assertThat(m.snippet()).hasSizeLessThanOrEqualTo(160).doesNotContain("<b>");
  }

  /** Bodies built to make careless patterns backtrack: every detector must still finish. */
  @ParameterizedTest
  @MethodSource
  void hostileBodiesFinish(String unit) {
    String body = unit.repeat((1 << 18) / unit.length() + 1);
    List<Detector> all =
        Stream.of(Detectors.DOTENV, Detectors.GIT, Detectors.DEBUG, Detectors.ADMIN)
            .flatMap(List::stream)
            .toList();
    Body b = new Body(body);
    for (Detector d : all) {
      assertThat(d.detect(b)).as(d.id()).isEmpty();
    }
  }

  static Stream<String> hostileBodiesFinish() {
    return Stream.of(
        "at ",
        "at a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a ",
        "at a b c (/a/b/c/d/e/f/g/h.js:1 ",
        "at x.y.z(" + "a ".repeat(140) + ") in " + "/b".repeat(125) + "\n",
        "Server Error in '/' Application.",
        "Traceback (most recent call last):",
        "<b>Warning</b>: " + "x<i>y</i>".repeat(8) + " in <b>/a</b> on line <b>x",
        "PHP Warning: " + "x ".repeat(200) + " in /a",
        "a/b.c-d_e",
        "(((((",
        "A".repeat(300) + "=\n");
  }

  @Test
  void everyDetectorHasAUniqueIdAndALabel() {
    List<Detector> all =
        Stream.of(Detectors.DOTENV, Detectors.GIT, Detectors.DEBUG, Detectors.ADMIN)
            .flatMap(List::stream)
            .toList();
    assertThat(all.stream().map(Detector::id)).doesNotHaveDuplicates();
    for (Detector d : all) {
      assertThat(Detectors.label(d.id())).isEqualTo(d.label()).isNotBlank();
    }
  }

  private static String firstMatch(List<Detector> detectors, String body) {
    return firstMatchOf(detectors, body).map(Match::signature).orElse("-");
  }

  private static Optional<Match> firstMatchOf(List<Detector> detectors, String body) {
    Body b = new Body(body);
    return detectors.stream().flatMap(d -> d.detect(b).stream()).findFirst();
  }
}
