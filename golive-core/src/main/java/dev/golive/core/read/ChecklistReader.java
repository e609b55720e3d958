package dev.golive.core.read;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.model.Phase;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Reads a checklist file exactly as its team wrote it. */
public final class ChecklistReader {
  /** Larger files are not checklists (real ones stay under 100 KB); refused before reading. */
  public static final long MAX_BYTES = 4L << 20;

  /** Deeply nested input is parsed on a thread with room for it. */
  private static final long PARSER_STACK_BYTES = 512L << 20;

  private ChecklistReader() {}

  /** Reads {@code path}; {@code name} is how reports refer to it. */
  public static Checklist read(Path path, String name) {
    return read(name, load(path, name));
  }

  /** Reads a checklist from bytes. */
  public static Checklist read(String name, byte[] bytes) {
    return readSource(name, bytes).checklist();
  }

  /** Reads {@code path} and keeps the bytes and text beside the checklist. */
  public static SourceDocument readSource(Path path, String name) {
    return readSource(name, load(path, name));
  }

  /** Reads a checklist from bytes and keeps them and the text beside it. */
  public static SourceDocument readSource(String name, byte[] bytes) {
    Decoded decoded = TextDecoder.decode(name, bytes);
    DocumentReader doc = parse(name, decoded.text());
    return new SourceDocument(assemble(name, decoded, doc), bytes, decoded);
  }

  private static byte[] load(Path path, String name) {
    try {
      if (Files.isDirectory(path)) {
        throw GoliveException.input(name, "is a directory, not a checklist file");
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw GoliveException.input(
            name,
            String.format(
                "the file is too large for a checklist (%.1f MB; the limit is %d MB)",
                size / 1048576.0, MAX_BYTES >> 20));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw GoliveException.input(name, "no such file");
    } catch (AccessDeniedException e) {
      throw GoliveException.input(name, "permission denied");
    } catch (IOException e) {
      throw GoliveException.input(name, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static DocumentReader parse(String name, String text) {
    DocumentReader[] result = new DocumentReader[1];
    Throwable[] failure = new Throwable[1];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                result[0] = DocumentReader.read(text);
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "golive-reader",
            PARSER_STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw GoliveException.input(name, "reading was interrupted", e);
    }
    if (failure[0] instanceof StackOverflowError e) {
      throw GoliveException.input(name, "the document is nested too deeply to read", e);
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    return result[0];
  }

  private static Checklist assemble(String name, Decoded decoded, DocumentReader doc) {
    Section titleSection = null;
    for (Section s : doc.sections) {
      if (s.level() == 1) {
        titleSection = s;
        break;
      }
    }
    if (titleSection == null && !doc.sections.isEmpty()) {
      titleSection = doc.sections.get(0);
    }
    String title = titleSection == null ? null : titleSection.text();
    int titleLine = titleSection == null ? 0 : titleSection.line();
    IdentityHashMap<Section, Priority> legend = LegendRanks.of(doc);
    Map<String, Integer> seen = new HashMap<>();
    Map<RawItem, Priority> ranks = new HashMap<>();
    List<Item> items = new ArrayList<>(doc.items.size());
    for (RawItem raw : doc.items) {
      Priority priority = rank(raw, legend, ranks);
      List<String> section = raw.sections.stream().map(Section::text).toList();
      items.add(
          new Item(
              ItemIds.of(raw, seen),
              raw.line,
              raw.depth,
              raw.state,
              raw.marker,
              priority,
              postLaunch(raw) ? Phase.POST_LAUNCH : Phase.LAUNCH,
              section,
              raw.text,
              raw.commands));
    }
    items.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Checklist(
        name,
        decoded.encoding(),
        decoded.repair(),
        title,
        items,
        ClaimScanner.scan(doc, title, titleLine));
  }

  /**
   * The item's own tag, else its parent item's rank, else its nearest ranked heading, else a
   * legend's.
   */
  private static Priority rank(
      RawItem raw, IdentityHashMap<Section, Priority> legend, Map<RawItem, Priority> ranks) {
    Priority own = PriorityWords.inItem(raw.text);
    if (own == null && raw.parent != null) {
      own = ranks.get(raw.parent);
    }
    for (int s = raw.sections.size() - 1; own == null && s >= 0; s--) {
      own = raw.sections.get(s).priority();
    }
    for (int s = raw.sections.size() - 1; own == null && s >= 0; s--) {
      own = legend.get(raw.sections.get(s));
    }
    if (own != null) {
      ranks.put(raw, own);
    }
    return own;
  }

  private static boolean postLaunch(RawItem raw) {
    for (Section s : raw.sections) {
      if (s.postLaunch()) {
        return true;
      }
    }
    return false;
  }

  /** The Markdown parser golive reads with, for benchmarks that need the same baseline. */
  public static org.commonmark.parser.Parser markdownParser() {
    return DocumentReader.PARSER;
  }

  /** Convenience for tests and tools: reads text given as a string. */
  public static Checklist readText(String name, String text) {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }
}
