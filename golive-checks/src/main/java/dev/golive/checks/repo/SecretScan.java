package dev.golive.checks.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Scans a repository for secrets: the files of its working tree that git carries (tracked, or not
 * ignored), then every blob of its history that the working tree does not hold as it is, each
 * distinct blob once, credited to the commit that brought it in. Files allowed by path, binaries
 * (by name, or a NUL byte in the first 8000 bytes) and files over the size limit are skipped and
 * counted.
 */
public final class SecretScan {
  /** Names of files never read: images, archives, fonts, media, compiled code, databases. */
  private static final Set<String> BINARY_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "bmp", "ico", "icns", "webp", "avif", "tif", "tiff", "psd",
          "pdf", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "jar", "war", "ear", "class",
          "so", "dll", "dylib", "exe", "bin", "o", "a", "lib", "woff", "woff2", "ttf", "otf", "eot",
          "mp3", "mp4", "m4a", "wav", "ogg", "webm", "mov", "avi", "mkv", "flac", "sqlite",
          "sqlite3", "db", "pyc", "pyo", "whl", "lockb", "dat", "iso", "dmg", "apk", "ipa", "wasm");

  /**
   * A secret found.
   *
   * @param rule the {@link SecretRules} row that found it
   * @param path the file, or for a history finding the path it had in the commit that added it
   * @param line 1-based
   * @param commit short id of the commit that added it; {@code null} for a file not committed
   * @param current whether the working tree holds it now
   */
  public record Leak(String rule, String path, int line, String commit, boolean current) {
    public Leak withCommit(String c) {
      return new Leak(rule, path, line, c, current);
    }
  }

  /**
   * What one part of the scan read.
   *
   * @param read files or blobs read and scanned
   * @param bytes their bytes
   * @param binary skipped as binary
   * @param large skipped as larger than the limit
   * @param allowed skipped by the allow list
   * @param complete false when the deadline stopped the scan
   */
  public record Part(
      List<Leak> leaks,
      int read,
      long bytes,
      int binary,
      int large,
      int allowed,
      boolean complete) {
    public Part {
      leaks = List.copyOf(leaks);
    }
  }

  /** The working tree's part, with the blob ids of what it read, so history skips them. */
  public record WorkingTree(Part part, Set<ObjectId> blobs, Map<String, ObjectId> leakBlobs) {}

  private final SecretScanner scanner;
  private final Globs allow;
  private final long maxBytes;

  SecretScan(SecretScanner scanner, Globs allow, long maxBytes) {
    this.scanner = scanner;
    this.allow = allow;
    this.maxBytes = maxBytes;
  }

  /**
   * A scan that skips paths matching {@code allow} or a pattern of {@code .goliveignore} at the
   * folder's root, and files over {@code maxBytes}.
   */
  public static SecretScan of(RepoFolder folder, List<String> allow, long maxBytes)
      throws IOException {
    return new SecretScan(
        new SecretScanner(), Globs.of(allow, folder.root().resolve(".goliveignore")), maxBytes);
  }

  static boolean binaryName(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/')
        && BINARY_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Scans the files of the working tree that git carries, until {@code deadline}. */
  public WorkingTree workingTree(RepoFolder folder, long deadline) throws IOException {
    List<Leak> leaks = new ArrayList<>();
    Set<ObjectId> blobs = new HashSet<>();
    Map<String, ObjectId> leakBlobs = new HashMap<>();
    MessageDigest sha1 = folder.isGit() ? sha1() : null;
    int read = 0;
    int binary = 0;
    int large = 0;
    int allowed = 0;
    long bytes = 0;
    boolean complete = true;
    byte[] buffer = new byte[64 * 1024];
    for (RepoFolder.RepoFile f : folder.files()) {
      if (!f.committable() || f.size() < 0) {
        continue;
      }
      // a file skipped here is skipped in the history too, counted once
      ObjectId indexed = folder.indexed(f.path());
      if (allow.matches(f.path())) {
        allowed++;
        skipAlso(blobs, indexed);
        continue;
      }
      if (binaryName(f.path())) {
        binary++;
        skipAlso(blobs, indexed);
        continue;
      }
      if (f.size() > maxBytes) {
        large++;
        skipAlso(blobs, indexed);
        continue;
      }
      if (System.nanoTime() > deadline) {
        complete = false;
        break;
      }
      int n;
      try (InputStream in = Files.newInputStream(folder.resolve(f.path()))) {
        if (buffer.length < f.size() + 1) {
          buffer = new byte[(int) Math.max(f.size() + 1, buffer.length * 2L)];
        }
        n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1));
      } catch (IOException e) {
        continue; // vanished or unreadable since the listing: nothing to scan
      }
      if (n > maxBytes) {
        large++;
        skipAlso(blobs, indexed);
        continue;
      }
      ObjectId id = sha1 == null ? null : blobId(sha1, buffer, n);
      skipAlso(blobs, id);
      if (SecretScanner.binary(buffer, n)) {
        binary++;
        continue;
      }
      read++;
      bytes += n;
      for (SecretScanner.Hit h : scanner.scan(buffer, n)) {
        leaks.add(new Leak(h.rule(), f.path(), h.line(), null, true));
        if (id != null) {
          leakBlobs.put(f.path(), id);
        }
      }
    }
    return new WorkingTree(
        new Part(leaks, read, bytes, binary, large, allowed, complete), blobs, leakBlobs);
  }

  /**
   * Scans every blob of {@code history} not in {@code skip} (the working tree's), until {@code
   * deadline}; {@code introduced} receives where each skipped blob came in, so findings in the
   * working tree can name their commit.
   */
  public Part history(
      Path gitDir,
      History history,
      Set<ObjectId> skip,
      Map<ObjectId, History.Intro> introduced,
      long deadline)
      throws IOException {
    List<Leak> leaks = new ArrayList<>();
    int read = 0;
    int binary = 0;
    int large = 0;
    int allowed = 0;
    long bytes = 0;
    boolean complete = history.complete();
    try (Repository repo = History.open(gitDir);
        ObjectReader reader = repo.newObjectReader()) {
      for (History.Intro intro : history.blobs()) {
        if (skip.contains(intro.blob())) {
          introduced.putIfAbsent(intro.blob(), intro);
          continue;
        }
        if (allow.matches(intro.path())) {
          allowed++;
          continue;
        }
        if (binaryName(intro.path())) {
          binary++;
          continue;
        }
        if ((read & 63) == 0 && System.nanoTime() > deadline) {
          complete = false;
          break;
        }
        byte[] data;
        try {
          ObjectLoader loader = reader.open(intro.blob(), Constants.OBJ_BLOB);
          if (loader.getSize() > maxBytes) {
            large++;
            continue;
          }
          data = loader.getCachedBytes((int) maxBytes);
        } catch (LargeObjectException e) {
          large++;
          continue;
        } catch (MissingObjectException e) {
          continue; // a shallow or partial clone lacks it: nothing to read
        }
        if (SecretScanner.binary(data, data.length)) {
          binary++;
          continue;
        }
        read++;
        bytes += data.length;
        for (SecretScanner.Hit h : scanner.scan(data, data.length)) {
          leaks.add(new Leak(h.rule(), intro.path(), h.line(), intro.shortCommit(), false));
        }
      }
    }
    return new Part(leaks, read, bytes, binary, large, allowed, complete);
  }

  private static void skipAlso(Set<ObjectId> blobs, ObjectId id) {
    if (id != null) {
      blobs.add(id);
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /** The id git gives {@code data} as a blob: SHA-1 of "blob LENGTH\0" and the bytes. */
  static ObjectId blobId(MessageDigest sha1, byte[] data, int length) {
    sha1.reset();
    sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
    sha1.update((byte) ' ');
    sha1.update(Constants.encodeASCII(length));
    sha1.update((byte) 0);
    sha1.update(data, 0, length);
    return ObjectId.fromRaw(sha1.digest());
  }
}
