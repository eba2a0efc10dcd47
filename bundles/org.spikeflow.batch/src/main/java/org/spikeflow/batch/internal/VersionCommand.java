package org.spikeflow.batch.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.ConsoleText;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code spikeflow version} (also {@code --version}): the lines a bug report needs. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=version")
public final class VersionCommand implements BatchCommand {
    static final String NAME = "version";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Show Spikeflow's version, the Java runtime, the OS and the installed features";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow version [--bundles] [--json]
                       spikeflow --version

                Prints Spikeflow's version, the Java runtime, the operating system and architecture, and the
                installed features with their versions (paste it into bug reports).
                  --bundles   also list every installed bundle with its version
                  --json      the same as one JSON object (keys spikeflow, java, os, features, bundles)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        for (String arg : args) {
            if (!arg.equals("--bundles") && !arg.equals("--json")) {
                err.println("spikeflow version: unknown option '" + arg + "'; expected --bundles or --json");
                return BatchExitCodes.BAD_COMMAND_LINE;
            }
        }
        boolean withBundles = args.contains("--bundles");
        List<SpikeflowInstallation.Feature> features = SpikeflowInstallation.features();
        Map<String, String> bundles = SpikeflowInstallation.bundles();
        if (args.contains("--json")) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("spikeflow", SpikeflowInstallation.version());
            json.put("java", SpikeflowInstallation.java());
            json.put("os", SpikeflowInstallation.os());
            ObjectNode featureJson = json.putObject("features");
            features.forEach(f -> featureJson.put(f.id(), f.version()));
            ObjectNode bundleJson = json.putObject("bundles");
            bundles.forEach(bundleJson::put);
            out.println(ConsoleText.pretty(json));
            return BatchExitCodes.SUCCESS;
        }
        out.println("Spikeflow " + SpikeflowInstallation.version());
        out.println("Java      " + SpikeflowInstallation.java());
        out.println("OS        " + SpikeflowInstallation.os());
        if (features.isEmpty()) {
            out.println("Features  (none: not started from a product folder)");
        } else {
            out.println("Features");
            int width = features.stream().mapToInt(f -> f.id().length()).max().orElse(0);
            features.forEach(f -> out.println("  " + pad(f.id(), width) + "  " + f.version()));
        }
        if (withBundles) {
            out.println("Bundles");
            int width = bundles.keySet().stream().mapToInt(String::length).max().orElse(0);
            bundles.forEach((name, version) -> out.println("  " + pad(name, width) + "  " + version));
        } else {
            out.println("Bundles   " + bundles.size() + " installed ('spikeflow version --bundles' lists them)");
        }
        return BatchExitCodes.SUCCESS;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
