package dev.golive.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.golive.core.GoliveException;
import dev.golive.notify.ChannelConfig;
import dev.golive.notify.Delivery;
import dev.golive.notify.Dispatcher;
import dev.golive.notify.Event;
import dev.golive.notify.MemoryLedger;
import dev.golive.notify.NotifyConfig;
import dev.golive.notify.NotifyConfigException;
import dev.golive.notify.RetryPolicy;
import dev.golive.notify.SampleEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code golive notify}: the notifications of a golive.yaml. */
@Command(
    name = "notify",
    mixinStandardHelpOptions = true,
    description = {
      "Notifications: try the channels of a golive.yaml's notify: block.",
      "See docs/notifications.md for the channels and their settings.",
      ""
    },
    subcommands = NotifyCommand.Test.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"2:no subcommand given ('golive notify test --help' lists the codes of test)"})
final class NotifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  /** {@code golive notify test}: a sample event to each channel, and what each made of it. */
  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = {
        "Send a sample event, marked as a test, to each channel of the notify: block and print per"
            + " channel whether it took it, with a one-line reason. Secrets are read from the"
            + " environment as the config names them. Nothing is recorded: run it as often as"
            + " you like.",
        ""
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every channel took the sample",
        "1:a channel failed (its line says why)",
        "2:usage or config error: no such file, no notify: block, a bad setting"
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  golive notify test",
        "  golive notify test --config deploy/golive.yaml --channel team",
        "  golive notify test --event certificate-expiring --project shop"
      })
  static final class Test implements Callable<Integer> {
    /** A test gives each channel a few quick tries, not the config's full patience. */
    private static final RetryPolicy QUICK =
        new RetryPolicy(
            2,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30));

    private final Output output;

    Test(Output output) {
      this.output = output;
    }

    @Option(
        names = "--config",
        paramLabel = "FILE",
        defaultValue = "golive.yaml",
        description = "The golive.yaml with the notify: block (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(
        names = "--channel",
        paramLabel = "NAME",
        description = "Only this channel; repeat for several (default: every channel).")
    List<String> channels = new ArrayList<>();

    @Option(
        names = "--event",
        paramLabel = "KIND",
        defaultValue = "verdict-changed",
        description =
            "The kind of sample: verdict-changed, new-contradiction, regression,"
                + " certificate-expiring or waiver-expiring (default: ${DEFAULT-VALUE}).")
    String event;

    @Option(
        names = "--project",
        paramLabel = "NAME",
        description = "The project the sample names (default: the config's folder).")
    String project;

    @Override
    public Integer call() {
      String file = config.toString();
      NotifyConfig notify;
      try {
        notify = NotifyConfig.parse(notifyBlock(file));
      } catch (NotifyConfigException e) {
        for (String p : e.problems()) {
          output.warn(file + ": " + p);
        }
        return ExitCode.USAGE.code();
      }
      List<ChannelConfig> chosen = new ArrayList<>();
      for (String name : channels) {
        ChannelConfig c = notify.channel(name);
        if (c == null) {
          throw GoliveException.input(file, "no channel named '" + name + "' in notify:");
        }
        chosen.add(c);
      }
      if (channels.isEmpty()) {
        chosen.addAll(notify.channels());
      }
      Event.Kind kind = Event.Kind.of(event);
      if (kind == null) {
        throw GoliveException.usage(
            "unknown event '"
                + event
                + "' (expected verdict-changed, new-contradiction, regression,"
                + " certificate-expiring or waiver-expiring)");
      }
      Event sample = SampleEvents.of(kind, projectName(), Instant.now());
      output.warn(
          "golive: sending a sample "
              + kind.id()
              + " of project "
              + sample.project()
              + " to "
              + chosen.size()
              + (chosen.size() == 1 ? " channel" : " channels"));
      List<Delivery> results;
      try (Dispatcher d = new Dispatcher(new MemoryLedger())) {
        results = d.test(chosen, QUICK, sample);
      }
      print(chosen, results);
      boolean allSent = results.stream().allMatch(Delivery::sent);
      return allSent ? ExitCode.GO.code() : ExitCode.NO_GO.code();
    }

    /** The value of notify: in the config file. */
    private Object notifyBlock(String file) {
      String text;
      try {
        text = Files.readString(config, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw GoliveException.input(file, "no such file");
      } catch (IOException e) {
        throw GoliveException.input(file, "cannot be read: " + e.getMessage(), e);
      }
      Object root;
      try {
        root = new ObjectMapper(new YAMLFactory()).readValue(text, Object.class);
      } catch (JsonProcessingException e) {
        String msg =
            e.getOriginalMessage() == null
                ? ""
                : e.getOriginalMessage().lines().findFirst().orElse("");
        throw GoliveException.input(file, "not valid YAML: " + msg, e);
      }
      Object block = root instanceof Map<?, ?> m ? m.get("notify") : null;
      if (block == null) {
        throw GoliveException.input(
            file, "has no notify: block; docs/notifications.md shows how to write one");
      }
      return block;
    }

    private String projectName() {
      if (project != null && !project.isBlank()) {
        return project;
      }
      Path dir = config.toAbsolutePath().normalize().getParent();
      Path name = dir == null ? null : dir.getFileName();
      return name == null ? "golive" : name.toString();
    }

    /** One line per channel: name, type, ok or failed, and the reason. */
    private void print(List<ChannelConfig> chosen, List<Delivery> results) {
      int nameWidth = 4;
      for (ChannelConfig c : chosen) {
        nameWidth = Math.max(nameWidth, c.name().length());
      }
      for (Delivery d : results) {
        output
            .out()
            .printf(
                java.util.Locale.ROOT,
                "%-" + nameWidth + "s  %-8s  %-6s  %s%n",
                d.channel(),
                d.type(),
                d.sent() ? "ok" : "failed",
                d.reason());
      }
      output.out().flush();
    }
  }
}
