package dev.golive.core.model;

import java.util.List;

/**
 * One checklist document as read from disk.
 *
 * @param path as given by the user
 * @param encoding the character set the bytes were decoded with
 * @param repair the mojibake that was undone, or {@code null}
 * @param title the first top-level heading, or {@code null}
 * @param items in document order
 * @param claims headline claims and disagreements found beside the items
 */
public record Checklist(
    String path,
    String encoding,
    Repair repair,
    String title,
    List<Item> items,
    List<Claim> claims) {

  public Checklist {
    items = List.copyOf(items);
    claims = List.copyOf(claims);
  }
}
