package org.spikeflow.izhikevich.commands.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.Cancellation;
import org.spikeflow.izhikevich.commands.internal.SimulateCommand;

/**
 * Runs this bundle's commands as the headless application does: the {@link BatchCommand} service registered under the
 * command's name, a fresh cancellation state, output captured. The first argument is the command's name.
 */
final class CommandRunner {

    /** The outcome of one command. */
    record Result(int code, String out, String err) {
    }

    private final Map<String, BatchCommand> commands = new HashMap<>();

    private CommandRunner() {
    }

    /** The named command services, once registered. */
    static CommandRunner find(String... names) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SimulateCommand.class).getBundleContext();
        CommandRunner runner = new CommandRunner();
        for (String name : names) {
            ServiceTracker<BatchCommand, BatchCommand> tracker = new ServiceTracker<>(context, context.createFilter(
                    "(&(objectClass=" + BatchCommand.class.getName() + ")(" + BatchCommand.NAME_PROPERTY + "=" + name
                            + "))"),
                    null);
            tracker.open();
            BatchCommand command = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            assertNotNull(command, "the command '" + name + "' is registered");
            runner.commands.put(name, command);
        }
        return runner;
    }

    static Result run(CommandRunner runner, String... args) {
        BatchCommand command = runner.commands.get(args[0]);
        assertNotNull(command, args[0]);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Cancellation.reset();
        int code = command.run(List.of(args).subList(1, args.length), new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new Result(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }
}
