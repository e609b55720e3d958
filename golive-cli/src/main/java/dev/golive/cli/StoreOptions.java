package dev.golive.cli;

import dev.golive.store.Store;
import dev.golive.store.StoreException;
import dev.golive.store.StoreUrl;
import java.nio.file.Files;
import picocli.CommandLine.Option;

/** Which history store a command uses: {@code --db}, else {@code $GOLIVE_DB}, else the default. */
final class StoreOptions {
  /** The environment variable that names the store when {@code --db} is not given. */
  static final String ENV = "GOLIVE_DB";

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "The history store: a SQLite file (PATH or sqlite:PATH) or a PostgreSQL URL"
              + " (postgres://USER:$${PASSWORD}@HOST/DB, the password read from that environment"
              + " variable). Default: $GOLIVE_DB, else ~/.golive/golive.db.")
  String db;

  /** The store's URL as the user named it, or the default. */
  StoreUrl url() {
    if (db != null) {
      return StoreUrl.parse(db);
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? StoreUrl.defaultStore() : StoreUrl.parse(env);
  }

  /** Opens the store, making it (and its folder) when it does not exist yet. */
  Store open() {
    return Store.open(url(), Store.Options.defaults());
  }

  /** Opens a store that must exist already: reading history never makes an empty one. */
  Store openExisting() {
    StoreUrl url = url();
    if (url.isSqlite() && !Files.exists(url.file())) {
      throw new StoreException(
          url.shown(),
          "there is no store here yet; 'golive audit FILE --store' keeps an audit in it");
    }
    return Store.open(url, Store.Options.defaults());
  }
}
