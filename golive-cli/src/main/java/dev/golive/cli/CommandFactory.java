package dev.golive.cli;

import picocli.CommandLine;

/** Creates commands with the run's {@link Output} handed to them, no static state. */
final class CommandFactory implements CommandLine.IFactory {
  private final Output output;
  private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

  CommandFactory(Output output) {
    this.output = output;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == StatusCommand.class) {
      return cls.cast(new StatusCommand(output));
    }
    return defaults.create(cls);
  }
}
