package dev.golive.core.model;

/** What a document asserts about itself beside its items. */
public enum ClaimKind {
  /** A percentage or progress bar: "85% tayyor", "████ 100%". */
  PERCENT("percent"),
  /** A readiness headline: "Production-Ready ✅", "готово к релизу". */
  READY("ready"),
  /** A count of items: "Total items: ~150+". */
  COUNT("count"),
  /** A heading marked done (✅, "Completed") over the items below it. */
  HEADING("heading"),
  /** An item whose box and emoji say different things: {@code - [ ] ✅ HSTS}. */
  MARKER("marker");

  private final String id;

  ClaimKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
