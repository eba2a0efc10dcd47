package org.spikeflow.core.batch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command's arguments into options ({@code --name value} or {@code --name=value}) and positionals; an unknown
 * option is refused naming the closest known one. Shared by the {@link BatchCommand}s of every bundle.
 */
public final class CommandLine {
    /** A bad command line: the message says what. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public record Option(String name, String value) {
    }

    public final List<Option> options = new ArrayList<>();
    public final List<String> positionals = new ArrayList<>();

    /**
     * @param withValue
     *            option names (without dashes) that take a value
     * @param flags
     *            option names that take none
     */
    public static CommandLine parse(List<String> args, List<String> withValue, List<String> flags)
            throws UsageException {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                line.positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("Option --" + name + " takes no value");
                }
                line.options.add(new Option(name, null));
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("Option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                line.options.add(new Option(name, value));
            } else {
                List<String> known = new ArrayList<>(withValue);
                known.addAll(flags);
                throw new UsageException("Unknown option --" + org.spikeflow.core.util.EchoedInput.shorten(name)
                        + org.spikeflow.core.util.ClosestName.closest(name, known)
                                .map(c -> "; did you mean --" + c + "?").orElse(""));
            }
        }
        return line;
    }

    /**
     * Reads the arguments of a command whose one option is the flag {@code --FLAG}.
     *
     * @return whether the flag was given
     * @throws UsageException
     *             "unknown argument 'X'" for the first other argument
     */
    public static boolean onlyFlag(List<String> args, String flag) throws UsageException {
        boolean given = false;
        for (String arg : args) {
            if (!arg.equals("--" + flag)) {
                throw new UsageException("unknown argument '" + arg + "'");
            }
            given = true;
        }
        return given;
    }

    /**
     * Reports a bad command line the way every command does: {@code spikeflow COMMAND: MESSAGE}, then where to read the
     * usage.
     *
     * @return {@link BatchExitCodes#BAD_COMMAND_LINE}, for the command to return
     */
    public static int usageError(PrintStream err, String command, String message) {
        err.println("spikeflow " + command + ": " + message);
        err.println("Run 'spikeflow help " + command + "' for usage.");
        return BatchExitCodes.BAD_COMMAND_LINE;
    }

    public boolean has(String name) {
        return options.stream().anyMatch(o -> o.name().equals(name));
    }

    public List<String> values(String name) {
        return options.stream().filter(o -> o.name().equals(name)).map(Option::value).toList();
    }

    public String value(String name) throws UsageException {
        List<String> values = values(name);
        if (values.size() > 1) {
            throw new UsageException("Option --" + name + " was given " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
