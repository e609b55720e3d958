package dev.golive.bench;

/** Does nothing: what any Java program costs to start, the floor for golive's start-up times. */
public final class EmptyMain {
  private EmptyMain() {}

  public static void main(String[] args) {}
}
