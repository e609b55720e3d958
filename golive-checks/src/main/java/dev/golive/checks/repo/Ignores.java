package dev.golive.checks.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore rules a repository carries: every {@code .gitignore} of its working tree and its
 * {@code .git/info/exclude}, read as git reads them (JGit's matcher). The user's global excludes
 * file is left out on purpose: it belongs to the machine golive runs on, not to the repository.
 */
final class Ignores {
  private final Path root;
  private final IgnoreNode exclude;
  private final Map<String, IgnoreNode> nodes = new HashMap<>();

  Ignores(Path root, Path gitDir) throws IOException {
    this.root = root;
    this.exclude = gitDir == null ? null : parse(gitDir.resolve("info").resolve("exclude"));
  }

  /**
   * Whether {@code path} ('/'-separated, relative to the root) is ignored, whether or not it
   * exists: a file in an ignored folder is ignored, and the deepest rule that matches decides.
   */
  synchronized boolean ignored(String path, boolean directory) throws IOException {
    int slash = -1;
    while (true) {
      slash = path.indexOf('/', slash + 1);
      if (slash < 0) {
        return decide(path, directory);
      }
      if (decide(path.substring(0, slash), true)) {
        return true;
      }
    }
  }

  /** Whether {@code entry} (relative to the root) is ignored by the rules of its own folders. */
  private boolean decide(String entry, boolean directory) throws IOException {
    // from the entry's own folder up to the root: the deepest .gitignore with a matching rule wins
    String folder = parent(entry);
    while (true) {
      IgnoreNode node = node(folder);
      if (node != null) {
        String rel = folder.isEmpty() ? entry : entry.substring(folder.length() + 1);
        Boolean verdict = node.checkIgnored(rel, directory);
        if (verdict != null) {
          return verdict;
        }
      }
      if (folder.isEmpty()) {
        break;
      }
      folder = parent(folder);
    }
    Boolean verdict = exclude == null ? null : exclude.checkIgnored(entry, directory);
    return verdict != null && verdict;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private IgnoreNode node(String folder) throws IOException {
    if (nodes.containsKey(folder)) {
      return nodes.get(folder);
    }
    Path dir = folder.isEmpty() ? root : root.resolve(folder);
    IgnoreNode n = parse(dir.resolve(".gitignore"));
    nodes.put(folder, n);
    return n;
  }

  private static IgnoreNode parse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    IgnoreNode n = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      n.parse(file.toString(), in);
    }
    return n;
  }
}
