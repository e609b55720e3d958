package dev.golive.server;

import dev.golive.schedule.ScheduledAudits;
import dev.golive.server.schedule.Background;
import dev.golive.store.Store;
import dev.golive.store.StoreUrl;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One {@code golive serve} of {@link ServerClusterKillTest}, in a JVM of its own so that the test
 * can kill it as an operating system kills a server: the real server on a store, planning every
 * second and declared dead by the others after two seconds of silence.
 *
 * <p>Arguments: the store's URL, the instance's name.
 */
public final class ServerNode {
  private ServerNode() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.open(StoreUrl.parse(args[0]), Store.Options.defaults().withPoolSize(8));
    Background background =
        Background.none()
            .withEnvironment(Map.of())
            .withSchedule(
                new ScheduledAudits.Settings(
                    args[1],
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(8),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(500),
                    4,
                    4,
                    Duration.ofMillis(200)));
    PrintWriter log = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    GoliveServer server = GoliveServer.start(store, ServerConfig.local(0), background, log);
    // SIGTERM stops it as golive serve stops: audits under way end and are stored
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                }));
    System.out.println("ready");
    System.out.flush();
    // runs until the test kills it
    Thread.currentThread().join();
  }
}
