package dev.golive.core.read;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test fixtures under src/test/resources/checklists, read through the real reader. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/checklists/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Checklist read(String name) {
    return ChecklistReader.read(name, bytes(name));
  }

  /** "line depth state marker" per item, the compact form the tests compare. */
  static List<String> rows(Checklist c) {
    return c.items().stream().map(Fixtures::row).toList();
  }

  static String row(Item i) {
    return i.line() + " " + i.depth() + " " + i.state().id() + " " + i.marker().id();
  }
}
