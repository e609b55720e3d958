package dev.golive.engine.edit;

import dev.golive.core.GoliveException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces a file's bytes at once: the new bytes go to a temporary file in the same folder, which
 * is then moved over the file, so a reader sees the old file or the new one and never half of
 * either. A read-only file is refused, even for a user who could write it anyway; so is a file that
 * changed since it was read.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes {@code replacement} over {@code file}, provided it still holds {@code expected}.
   *
   * @param name how messages refer to the file
   * @throws GoliveException naming the file and the reason when nothing could be written
   */
  public static void replace(Path file, String name, byte[] expected, byte[] replacement) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw GoliveException.input(name, "cannot be written: " + reason(e), e);
    }
    if (readOnly(real)) {
      throw GoliveException.input(name, "is read-only; nothing was written");
    }
    Path tmp = null;
    try {
      if (!Arrays.equals(Files.readAllBytes(real), expected)) {
        throw GoliveException.input(
            name, "changed on disk while golive was editing it; nothing was written");
      }
      tmp = Files.createTempFile(real.getParent(), "." + real.getFileName() + ".", ".golive");
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        out.write(java.nio.ByteBuffer.wrap(replacement));
        out.force(true);
      }
      keepPermissions(real, tmp);
      try {
        Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw GoliveException.input(
          name, "cannot be written: " + reason(e) + "; nothing was written", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is ours and hidden; failing to remove it changes nothing else
        }
      }
    }
  }

  /** Whether the file says it is read-only, whatever the user's own rights. */
  static boolean readOnly(Path file) {
    try {
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Set<PosixFilePermission> p = posix.readAttributes().permissions();
        if (!p.contains(PosixFilePermission.OWNER_WRITE)) {
          return true;
        }
      } else if (Files.readAttributes(file, DosFileAttributes.class).isReadOnly()) {
        return true;
      }
    } catch (IOException | UnsupportedOperationException e) {
      return !Files.isWritable(file);
    }
    return !Files.isWritable(file);
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      var attributes = source.readAttributes();
      target.setPermissions(attributes.permissions());
      try {
        target.setOwner(attributes.owner());
        target.setGroup(attributes.group());
      } catch (IOException e) {
        // only a privileged user may give a file away; the file then belongs to whoever edits it
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
