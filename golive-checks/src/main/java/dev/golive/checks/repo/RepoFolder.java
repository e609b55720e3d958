package dev.golive.checks.repo;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.FS;

/**
 * One look at a repository's folder, shared by the checks of the {@code repo} family: its files
 * (what is tracked, what ignore rules exclude), the index and the ignore rules. Ignored folders are
 * not entered unless something inside them is tracked; neither are {@code .git} and folders of
 * installed dependencies ({@code node_modules}, virtual environments), which no check reads.
 */
public final class RepoFolder {
  /** Folders never entered: installed dependencies and caches, not the project's own files. */
  static final Set<String> SKIPPED_DIRS =
      Set.of(
          ".git",
          "node_modules",
          "bower_components",
          "jspm_packages",
          ".venv",
          "venv",
          "__pycache__",
          ".tox",
          ".nox",
          ".mypy_cache",
          ".pytest_cache",
          ".ruff_cache",
          ".gradle",
          ".terraform",
          ".yarn",
          ".pnpm-store");

  /** The most files listed; a larger folder is an error rather than half a verdict. */
  static final int MAX_FILES = 300_000;

  /**
   * A file of the working tree, or one the index tracks.
   *
   * @param path '/'-separated, relative to the root
   * @param size bytes on disk, or -1 when only the index has it (deleted from the working tree)
   */
  public record RepoFile(String path, long size, boolean tracked, boolean ignored) {
    /** The last part of the path. */
    public String name() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder part of the path with its final '/', or "" at the root. */
    public String folder() {
      return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** Whether git would carry it: tracked, or untracked and not ignored. */
    public boolean committable() {
      return tracked || (!ignored && size >= 0);
    }
  }

  private final Path root;
  private final Path gitDir;
  private final Map<String, ObjectId> index;
  private final Ignores ignores;
  private final List<RepoFile> files;

  private RepoFolder(
      Path root, Path gitDir, Map<String, ObjectId> index, Ignores ignores, List<RepoFile> files) {
    this.root = root;
    this.gitDir = gitDir;
    this.index = index;
    this.ignores = ignores;
    this.files = files;
  }

  /** The target's repository, read once for all the checks of this audit. */
  static RepoFolder of(Probe probe) throws IOException, InterruptedException {
    Path root = probe.target().resources().repo();
    long deadline = System.nanoTime() + probe.remaining().toNanos();
    return probe.shared("repo.folder", () -> read(root, deadline));
  }

  /** Reads the folder {@code root}; gives up with a {@link ProbeException} at {@code deadline}. */
  public static RepoFolder read(Path root, long deadline) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new ProbeException(
          "the repository folder "
              + root
              + (Files.exists(root) ? " is not a folder" : " does not exist"));
    }
    Path dotGit = root.resolve(".git");
    Path gitDir = null;
    Map<String, ObjectId> index = new LinkedHashMap<>();
    if (Files.exists(dotGit)) {
      gitDir = Files.isDirectory(dotGit) ? dotGit : linkedGitDir(root, dotGit);
      readIndex(gitDir, index);
    }
    Ignores ignores = new Ignores(root, gitDir);
    Set<String> trackedDirs = new HashSet<>();
    for (String p : index.keySet()) {
      for (int s = p.indexOf('/'); s >= 0; s = p.indexOf('/', s + 1)) {
        trackedDirs.add(p.substring(0, s));
      }
    }
    List<RepoFile> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String rel = relative(root, dir);
            if (SKIPPED_DIRS.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!trackedDirs.contains(rel) && ignores.ignored(rel, true)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!attrs.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            if (files.size() >= MAX_FILES) {
              throw new ProbeException(
                  root + " holds more than " + MAX_FILES + " files outside ignored folders");
            }
            if ((files.size() & 1023) == 0 && System.nanoTime() > deadline) {
              throw new ProbeException(
                  "listing " + root + " took longer than the check's time limit");
            }
            String rel = relative(root, file);
            boolean tracked = index.containsKey(rel);
            files.add(
                new RepoFile(rel, attrs.size(), tracked, !tracked && ignores.ignored(rel, false)));
            seen.add(rel);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
          }
        });
    for (String p : index.keySet()) {
      if (!seen.contains(p)) {
        files.add(new RepoFile(p, -1, true, false));
      }
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return new RepoFolder(
        root, gitDir, Collections.unmodifiableMap(index), ignores, List.copyOf(files));
  }

  private static String relative(Path root, Path p) {
    String rel = root.relativize(p).toString();
    return p.getFileSystem().getSeparator().equals("/") ? rel : rel.replace('\\', '/');
  }

  /** The folder a {@code .git} file ({@code gitdir: PATH}) points to, as in linked worktrees. */
  private static Path linkedGitDir(Path root, Path dotGit) throws IOException {
    String text = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
    if (!text.startsWith("gitdir:")) {
      throw new ProbeException(dotGit + " is neither a folder nor a 'gitdir:' link");
    }
    Path dir = root.resolve(text.substring("gitdir:".length()).trim()).normalize();
    if (!Files.isDirectory(dir)) {
      throw new ProbeException(dotGit + " points to " + dir + ", which does not exist");
    }
    return dir;
  }

  private static void readIndex(Path gitDir, Map<String, ObjectId> index) throws IOException {
    Path file = gitDir.resolve("index");
    if (!Files.exists(file)) {
      return; // a repository without a first commit or staged file
    }
    try {
      DirCache dc = DirCache.read(file.toFile(), FS.DETECTED);
      for (int i = 0; i < dc.getEntryCount(); i++) {
        DirCacheEntry e = dc.getEntry(i);
        if (FileMode.GITLINK.equals(e.getRawMode())) {
          continue;
        }
        index.putIfAbsent(e.getPathString(), e.getObjectId());
      }
    } catch (CorruptObjectException e) {
      throw new ProbeException("the git index " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  public Path root() {
    return root;
  }

  /** Whether the folder is a git repository (a {@code .git} folder or link at its top). */
  public boolean isGit() {
    return gitDir != null;
  }

  /** The repository's git folder, or {@code null}. */
  public Path gitDir() {
    return gitDir;
  }

  /** Every file listed, sorted by path. */
  public List<RepoFile> files() {
    return files;
  }

  /** Whether the index tracks {@code path}. */
  boolean tracked(String path) {
    return index.containsKey(path);
  }

  /** The blob the index holds for {@code path}, or {@code null}. */
  ObjectId indexed(String path) {
    return index.get(path);
  }

  /** Every tracked path. */
  Set<String> trackedPaths() {
    return index.keySet();
  }

  /** Whether the ignore rules exclude {@code path}, which need not exist. */
  boolean ignored(String path) throws IOException {
    return ignores.ignored(path, false);
  }

  /** The file {@code path} on disk. */
  Path resolve(String path) {
    return root.resolve(path);
  }

  /** The text of {@code f} as UTF-8 (malformed bytes replaced), or "" when it cannot be read. */
  String text(RepoFile f, long maxBytes) {
    if (f.size() < 0 || f.size() > maxBytes) {
      return "";
    }
    try {
      return new String(Files.readAllBytes(resolve(f.path())), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
