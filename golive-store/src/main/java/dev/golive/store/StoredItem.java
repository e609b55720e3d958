package dev.golive.store;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.model.Waiver;
import java.nio.file.Path;
import java.util.List;

/**
 * One item's result in a stored audit, against one target.
 *
 * @param target the target's name
 * @param file the checklist's path as the audit was given it
 * @param id the item's stable id ({@link dev.golive.core.model.Item#id})
 * @param state what the checklist claimed
 * @param waiver the waiver that held during the audit, or {@code null}
 * @param findings one per bound check, in binding order
 */
public record StoredItem(
    String target,
    String file,
    String id,
    int line,
    int depth,
    List<String> section,
    String text,
    Priority priority,
    State state,
    boolean blocking,
    ItemVerdict verdict,
    Waiver waiver,
    List<Finding> findings) {

  public StoredItem {
    section = List.copyOf(section);
    findings = List.copyOf(findings);
  }

  /**
   * What makes it the same item in another audit of the project: the target, the checklist's file
   * name (not its folder, which depends on where golive ran) and the item's id.
   */
  public String key() {
    return target + '\u0000' + fileName() + '\u0000' + id;
  }

  /** The checklist's file name without its folder. */
  public String fileName() {
    Path name = Path.of(file).getFileName();
    return name == null ? file : name.toString();
  }

  /** {@code Security > HSTS is on}: the nearest heading and the text, for one-line listings. */
  public String title() {
    return section.isEmpty() ? text : section.getLast() + " > " + text;
  }
}
