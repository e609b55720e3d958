package dev.golive.notify;

/** The ledger's contract in memory. */
class MemoryLedgerTest extends LedgerContract {
  @Override
  Ledger ledger() {
    return new MemoryLedger();
  }
}
