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
    try {
      var withOutput = cls.getDeclaredConstructor(Output.class);
      return withOutput.newInstance(output);
    } catch (NoSuchMethodException e) {
      return defaults.create(cls);
    }
  }
}
