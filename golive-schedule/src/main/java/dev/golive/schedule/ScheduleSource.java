package dev.golive.schedule;

import java.util.List;

/** The schedules as they stand now: read again before every round of planning. */
@FunctionalInterface
public interface ScheduleSource {
  List<AuditSchedule> schedules();
}
