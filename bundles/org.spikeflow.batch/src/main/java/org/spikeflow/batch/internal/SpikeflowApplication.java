package org.spikeflow.batch.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.Cancellation;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.core.util.FailureMessages;

/**
 * The headless {@code spikeflow} application: dispatches the first argument to the {@link BatchCommand} service of that
 * name. Registered as {@code ToIntFunction<String[]>} so the launcher, which sees only JDK classes, can call it.
 * Commands are bound by reference and created only when used (see {@link BatchCommand#NAME_PROPERTY}): a start-up then
 * pays only for the command that runs.
 */
@Component(service = ToIntFunction.class, property = "spikeflow.application=main", immediate = true)
public final class SpikeflowApplication implements ToIntFunction<String[]> {
    private final List<ServiceReference<BatchCommand>> commands = new CopyOnWriteArrayList<>();
    private BundleContext context;
    private PrintStream out = System.out;
    private PrintStream err = System.err;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, service = BatchCommand.class)
    void addCommand(ServiceReference<BatchCommand> command) {
        commands.add(command);
    }

    void removeCommand(ServiceReference<BatchCommand> command) {
        commands.remove(command);
    }

    /** Redirects output (for tests). */
    public void setStreams(PrintStream newOut, PrintStream newErr) {
        out = newOut;
        err = newErr;
    }

    @Override
    public int applyAsInt(String[] args) {
        return run(Arrays.asList(args), out, err);
    }

    public int run(List<String> args, PrintStream stdout, PrintStream stderr) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            if (args.size() > 1) {
                Optional<BatchCommand> command = find(args.get(1));
                if (command.isPresent()) {
                    stdout.println(command.get().usage());
                    return BatchExitCodes.SUCCESS;
                }
            }
            stdout.print(overview());
            return args.isEmpty() ? BatchExitCodes.BAD_COMMAND_LINE : BatchExitCodes.SUCCESS;
        }
        if (args.get(0).equals("--version")) {
            args = new ArrayList<>(args);
            args.set(0, VersionCommand.NAME);
        }
        Optional<BatchCommand> command = find(args.get(0));
        if (command.isEmpty()) {
            stderr.println("spikeflow: unknown command '" + args.get(0) + "'" + ClosestName.didYouMean(args.get(0),
                    commandNames()));
            stderr.print(overview());
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (rest.contains("--help") || rest.contains("-h")) {
            stdout.println(command.get().usage());
            return BatchExitCodes.SUCCESS;
        }
        Cancellation.reset();
        try {
            return command.get().run(rest, stdout, stderr);
        } catch (Throwable e) { // NOPMD: out of memory, stack overflow, bugs: a failure (4), never a launcher crash (1)
            stderr.println("spikeflow " + args.get(0) + ": failed: " + FailureMessages.describe(e)
                    + (rest.contains("--verbose") ? "" : " (--verbose shows the stack trace)"));
            if (rest.contains("--verbose")) {
                e.printStackTrace(stderr);
            }
            return BatchExitCodes.EXECUTION_FAILED;
        }
    }

    private Optional<BatchCommand> find(String name) {
        for (ServiceReference<BatchCommand> reference : commands) {
            Object declared = reference.getProperty(BatchCommand.NAME_PROPERTY);
            if (declared == null || name.equals(declared)) {
                BatchCommand command = context.getService(reference);
                if (command != null && command.name().equals(name)) {
                    return Optional.of(command);
                }
            }
        }
        return Optional.empty();
    }

    /** The commands' names: declared as a service property, else asked of the command (which creates it). */
    private List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (ServiceReference<BatchCommand> reference : commands) {
            Object declared = reference.getProperty(BatchCommand.NAME_PROPERTY);
            BatchCommand command = declared == null ? context.getService(reference) : null;
            if (declared != null) {
                names.add(declared.toString());
            } else if (command != null) {
                names.add(command.name());
            }
        }
        return names;
    }

    private String overview() {
        StringBuilder text = new StringBuilder("Usage: spikeflow COMMAND [ARGS...]\n\nCommands:\n");
        commands.stream().map(context::getService).filter(c -> c != null)
                .sorted(Comparator.comparing(BatchCommand::name)).forEach(
                        c -> text.append(String.format("  %-15s %s%n", c.name(), c.summary())));
        text.append("\nRun 'spikeflow help COMMAND' for a command's options.\n");
        text.append(
                "Exit codes: 0 success, 1 success with warnings, 2 bad command line, 3 workflow could not be loaded,"
                        + " 4 execution failed, 130 cancelled (Ctrl-C).\n");
        return text.toString();
    }
}
