package dev.golive.bench;

/** The checklists the throughput benchmark reads: two sizes, each as written and as mojibake. */
public enum Input {
  UTF8_10K(10 << 10, false),
  UTF8_1M(1 << 20, false),
  MAC_ROMAN_10K(10 << 10, true),
  MAC_ROMAN_1M(1 << 20, true);

  /** Fixed, so that every run reads the same text. */
  static final long SEED = 20_251_123L;

  private final int minBytes;
  private final boolean mojibake;

  Input(int minBytes, boolean mojibake) {
    this.minBytes = minBytes;
    this.mojibake = mojibake;
  }

  public SyntheticChecklist checklist() {
    return SyntheticChecklist.of(minBytes, SEED);
  }

  /** The file's bytes as golive would find them on disk. */
  public byte[] bytes() {
    SyntheticChecklist c = checklist();
    return mojibake ? c.macRomanMojibake() : c.utf8();
  }
}
