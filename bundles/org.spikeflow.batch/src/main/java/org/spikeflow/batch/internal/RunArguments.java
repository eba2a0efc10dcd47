package org.spikeflow.batch.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.core.util.EchoedInput;
import org.spikeflow.engine.ExecutionOptions;

/**
 * Checks of {@code spikeflow run}'s options that must fail before anything loads or runs (exit 2), so that a typo never
 * costs a simulation: an empty or file {@code --output-dir}, a non-numeric {@code --spill-threshold}, a {@code --var}
 * naming no declared variable.
 */
final class RunArguments {

    private RunArguments() {
    }

    /** {@code --spill-threshold MB}: a finite number of megabytes ≥ 0, or -1 (keep everything in memory). */
    static long spillThresholdBytes(String text) throws CommandLine.UsageException {
        if (text == null) {
            return ExecutionOptions.DEFAULT_SPILL_THRESHOLD;
        }
        double megabytes;
        try {
            megabytes = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            megabytes = Double.NaN;
        }
        if (!Double.isFinite(megabytes) || (megabytes < 0 && megabytes != -1) || megabytes > 1L << 40) {
            throw new CommandLine.UsageException("--spill-threshold must be a number of megabytes (0 or more, or -1 to"
                    + " keep all tables in memory), not '" + EchoedInput.shorten(text) + "'");
        }
        return megabytes < 0 ? -1 : Math.round(megabytes * (1 << 20));
    }

    /** {@code --output-dir DIR}: a folder, or a path where one can be created; null when not given. */
    static Path outputDirectory(String text) throws CommandLine.UsageException {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw new CommandLine.UsageException("--output-dir is empty; give a folder (use --output-dir . for the "
                    + "current folder)");
        }
        Path folder;
        try {
            folder = Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.UsageException("--output-dir '" + EchoedInput.shorten(text)
                    + "' is not a valid path: " + e.getReason());
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandLine.UsageException("--output-dir " + folder + " is a file, not a folder");
        }
        for (Path parent = folder.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new CommandLine.UsageException("--output-dir " + folder + " cannot be created: " + parent
                        + " is a file, not a folder");
            }
        }
        return folder;
    }

    /** Every {@code --var NAME=...} must name a variable the workflow declares (a typo would run with defaults). */
    static void checkVariableNames(List<String> specs, Map<String, FlowVariable> declared)
            throws CommandLine.UsageException {
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                continue; // parseVariable reports the form
            }
            String name = spec.substring(0, eq).trim();
            if (!declared.containsKey(name)) {
                String known = declared.isEmpty()
                        ? "it declares none"
                        : "it declares " + String.join(", ",
                                declared.keySet().stream().sorted().toList());
                throw new CommandLine.UsageException("--var " + EchoedInput.shorten(name) + ": the workflow has no "
                        + "variable '" + EchoedInput.shorten(name) + "'" + ClosestName.didYouMean(name,
                                declared.keySet())
                        + " (" + known + ")");
            }
        }
    }
}
