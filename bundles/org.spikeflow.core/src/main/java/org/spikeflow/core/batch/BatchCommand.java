package org.spikeflow.core.batch;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A sub-command of the headless {@code spikeflow} application ({@code run}, {@code nodes}, ...). Register
 * implementations as OSGi services; bundles add commands (e.g. {@code simulate}) without touching the batch runner.
 * Give the service the property {@link #NAME_PROPERTY} = {@link #name()}: only the command that runs is then created,
 * which keeps start-up short (a command without it is created to ask its name).
 */
@ConsumerType
public interface BatchCommand {
    /** Service property holding the command's {@link #name()}. */
    String NAME_PROPERTY = "spikeflow.command";

    /** The word after {@code spikeflow}, e.g. "run". */
    String name();

    /** One line for the command list. */
    String summary();

    /** The usage text shown for {@code --help} and bad command lines. */
    String usage();

    /**
     * Values that options of this command take beyond the fixed choices its usage text shows (such as
     * {@code --record counts|spikes}), for shell completion: e.g. the preset names after {@code --preset}.
     *
     * @return option (with its dashes) to values, in the order to offer them; none by default
     */
    default Map<String, List<String>> optionValues() {
        return Map.of();
    }

    /**
     * Runs the command.
     *
     * @param args
     *            the arguments after the command name
     * @param out
     *            results (tables, JSON) go here
     * @param err
     *            progress, warnings and errors go here
     * @return an exit code from {@link BatchExitCodes}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
