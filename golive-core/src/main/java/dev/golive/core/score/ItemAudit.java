package dev.golive.core.score;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Waiver;
import java.util.List;

/**
 * What an audit found for one item.
 *
 * @param findings one per bound check, in binding order
 * @param waiver the waiver that holds, or {@code null}
 */
public record ItemAudit(ItemVerdict verdict, List<Finding> findings, Waiver waiver) {
  public ItemAudit {
    findings = List.copyOf(findings);
  }
}
