package dev.golive.core.read;

import dev.golive.core.model.Repair;

/**
 * A file's text as its authors meant it.
 *
 * @param text the decoded (and possibly repaired) text, without a byte-order mark
 * @param encoding the character set of the bytes on disk
 * @param repair the mojibake undone, or {@code null}
 */
public record Decoded(String text, String encoding, Repair repair) {}
