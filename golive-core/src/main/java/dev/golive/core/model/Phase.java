package dev.golive.core.model;

/** Whether an item is needed for the launch or belongs to after it. */
public enum Phase {
  LAUNCH,
  POST_LAUNCH
}
