package dev.golive.core.score;

import java.util.List;

/** Every checklist of one run, judged, and the verdict over all of them. */
public record Assessment(List<FileAssessment> files, Verdict verdict) {
  public Assessment {
    files = List.copyOf(files);
  }
}
