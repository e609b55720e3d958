package dev.golive.schedule;

/**
 * Runs the audit of one slot. A slot may come a second time when a server dies after its audit was
 * stored but before the scheduler heard it finish, so a runner keeps one audit per slot (the store
 * refuses a second one).
 */
@FunctionalInterface
public interface SlotRunner {
  void run(Slot slot) throws Exception;
}
