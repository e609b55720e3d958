package dev.golive.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.api.StackTraces.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackTracesTest {
  private static String kinds(String body) {
    return String.join(", ", StackTraces.find(body).stream().map(Trace::kind).toList());
  }

  @Test
  void java() {
    String body =
        """
        java.lang.IllegalStateException: no handler
        \tat com.shop.web.OrderController.find(OrderController.java:42)
        \tat java.base/java.lang.Thread.run(Thread.java:1583)
        Caused by: java.sql.SQLException: timeout
        \tat jdk.internal.reflect.GeneratedMethodAccessor12.invoke(Unknown Source)
        """;
    List<Trace> found = StackTraces.find(body);
    assertThat(found)
        .containsExactly(
            new Trace(
                "a Java stack trace",
                "at com.shop.web.OrderController.find(OrderController.java:42)"));
  }

  @Test
  void javaInsideAJsonString() {
    String body =
        "{\"status\":500,\"trace\":\"java.lang.NullPointerException\\n\\tat"
            + " com.shop.Api.get(Api.java:7)\\n\"}";
    assertThat(kinds(body)).isEqualTo("a Java stack trace");
  }

  @Test
  void python() {
    String body =
        """
        Traceback (most recent call last):
          File "/app/server.py", line 12, in handle
            raise KeyError(path)
        KeyError: '/x'
        """;
    assertThat(kinds(body)).isEqualTo("a Python traceback");
  }

  @Test
  void node() {
    String body =
        """
        <pre>NotFoundError: Not Found<br> &nbsp; &nbsp;at /app/app.js:38:9
            at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)
            at process.processTicksAndRejections (node:internal/process/task_queues:95:5)</pre>
        """;
    assertThat(kinds(body)).isEqualTo("a Node.js stack trace");
  }

  @Test
  void php() {
    String body =
        """
        <br />
        <b>Fatal error</b>:  Uncaught Error: Call to undefined function db() in /var/www/index.php:3
        Stack trace:
        #0 /var/www/router.php(18): handle()
        #1 {main}
          thrown in <b>/var/www/index.php</b> on line <b>3</b><br />
        """;
    assertThat(kinds(body)).isEqualTo("a PHP stack trace");
    assertThat(
            kinds(
                "<b>Warning</b>:  Undefined variable $user in <b>/var/www/html/index.php</b> on"
                    + " line <b>5</b>"))
        .isEqualTo("a PHP error");
  }

  @Test
  void ruby() {
    String body =
        """
        NoMethodError (undefined method `name' for nil:NilClass):
          app/controllers/orders_controller.rb:12:in `show'
          /usr/local/bundle/gems/actionpack-7.0.4/lib/action_controller/metal.rb:227:in `dispatch'
        """;
    assertThat(kinds(body)).isEqualTo("a Ruby backtrace");
    assertThat(kinds("<h1>Routing Error</h1><p>No route matches [GET] \"/x\"</p>"))
        .isEqualTo("a Rails debug page");
  }

  @Test
  void dotnet() {
    String body =
        """
        System.InvalidOperationException: Sequence contains no elements
           at System.Linq.ThrowHelper.ThrowNoElementsException()
           at Shop.Api.OrdersController.Get(Int32 id) in C:\\src\\Shop.Api\\OrdersController.cs:line 27
        --- End of stack trace from previous location ---
        """;
    assertThat(kinds(body)).isEqualTo("a .NET stack trace");
    assertThat(kinds("<title>Server Error in '/' Application.</title>"))
        .isEqualTo("an ASP.NET error page");
  }

  @Test
  void goAndDebugPages() {
    String body =
        """
        panic: runtime error: index out of range [3] with length 3

        goroutine 18 [running]:
        main.handler(0x0?, 0x0?)
        \t/app/main.go:14 +0x1d
        """;
    assertThat(kinds(body)).isEqualTo("a Go panic");
    assertThat(kinds("Using the URLconf defined in <code>shop.urls</code>, Django tried"))
        .isEqualTo("a Django debug page");
    assertThat(kinds("<title>KeyError // Werkzeug Debugger</title>"))
        .isEqualTo("a Werkzeug debugger");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No route at /x\"}",
        "<html><body><h1>Whitelabel Error Page</h1><p>There was an unexpected error (type=Not Found,"
            + " status=404).</p></body></html>",
        "Cannot GET /golive-not-found-1",
        "404 page not found",
        "{\"error\":\"not found\",\"message\":\"look at https://docs.shop.test/errors#at (see"
            + " file.java:3)\"}",
        "Meet us at Main Street (Building 4)",
        "<p>We looked at /var/www/index.php and it was fine</p>",
      })
  void ordinaryErrorsShowNothing(String body) {
    assertThat(StackTraces.find(body)).isEmpty();
  }
}
