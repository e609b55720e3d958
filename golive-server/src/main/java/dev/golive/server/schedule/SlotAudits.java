package dev.golive.server.schedule;

import dev.golive.core.GoliveException;
import dev.golive.schedule.Slot;
import dev.golive.schedule.SlotRunner;
import dev.golive.server.notify.Notifier;
import dev.golive.server.project.AuditRunner;
import dev.golive.server.project.ProjectSettings;
import dev.golive.server.project.Projects;
import dev.golive.store.AuditSummary;
import dev.golive.store.ProjectSummary;
import dev.golive.store.SlotTakenException;
import dev.golive.store.Store;
import dev.golive.store.StoreException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Runs the audit of one schedule slot as an audit asked for through the API runs, stores it with
 * {@code run_via = schedule} and the slot, and sends its notifications before it returns.
 *
 * <p>A slot comes a second time when a server died after storing its audit but before the scheduler
 * heard it finish. Its audit is then not run again: the store keeps one audit per slot and refuses
 * a second, and only the notifications are sent again, which the ledger keeps from reaching anyone
 * twice. An audit that cannot be run (no target left, a checklist gone) is logged and left to the
 * next slot; one that could not be stored fails the task, which the scheduler tries again.
 */
public final class SlotAudits implements SlotRunner {
  private final Store store;
  private final Projects projects;
  private final AuditRunner runner;
  private final Notifier notifier;
  private final String instance;
  private final PrintWriter log;

  public SlotAudits(
      Store store,
      Projects projects,
      AuditRunner runner,
      Notifier notifier,
      String instance,
      PrintWriter log) {
    this.store = store;
    this.projects = projects;
    this.runner = runner;
    this.notifier = notifier;
    this.instance = instance;
    this.log = log;
  }

  @Override
  public void run(Slot slot) throws InterruptedException {
    String name = slot.project();
    Optional<ProjectSummary> project = store.project(name);
    Optional<ProjectSettings> settings = project.flatMap(p -> projects.settings(p.id()));
    if (settings.isEmpty() || settings.get().schedule() == null) {
      // removed, or its schedule withdrawn, after the slot was planned
      return;
    }
    Optional<AuditSummary> done = store.ofSlot(name, slot.at());
    if (done.isPresent()) {
      notifier.afterAudit(done.get());
      return;
    }
    AuditSummary saved;
    try {
      saved = runner.auditSlot(name, project.get().id(), slot.at(), instance);
    } catch (SlotTakenException e) {
      // another server stored the slot while this one audited it
      notifier.afterAudit(store.ofSlot(name, slot.at()).orElseThrow(() -> e));
      return;
    } catch (StoreException e) {
      throw e;
    } catch (GoliveException e) {
      log.println(
          "golive: the scheduled audit of '" + name + "' at " + slot.at() + ": " + e.oneLine());
      return;
    }
    log.println(
        "golive: audit #"
            + saved.id()
            + " of '"
            + name
            + "' for its slot "
            + slot.at()
            + ": "
            + saved.verdict().id());
    notifier.afterAudit(saved);
  }
}
