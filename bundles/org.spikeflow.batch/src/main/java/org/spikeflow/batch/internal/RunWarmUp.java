package org.spikeflow.batch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.spikeflow.engine.WorkflowManager;

/**
 * The launcher's start-up task of this bundle (declared in the manifest as an {@code org.spikeflow.launcher.startup}
 * capability): for {@code spikeflow run WORKFLOW}, it does on a background thread, while the framework starts the
 * bundles, the one-time work that loading the workflow and beginning the run record would otherwise do after that start
 * (class loading and initialisation of the JSON, XML and settings libraries, parsing the file, the SHA-256 provider,
 * time stamps). It writes nothing and changes nothing the command sees; any failure is left for the command to report.
 */
public final class RunWarmUp implements Consumer<String[]> {

    @Override
    public void accept(String[] commandLine) {
        if (commandLine.length < 2 || !"run".equals(commandLine[0])) {
            return;
        }
        List<String> args = Arrays.asList(commandLine).subList(1, commandLine.length);
        if (args.contains("--help") || args.contains("-h")) {
            return;
        }
        Path file = RunCommand.workflowFileArgument(args);
        if (file == null || !Files.isRegularFile(file)) {
            return; // the command fails at once, or reads a pipe or device (once, itself)
        }
        WorkflowManager.warmUp(file);
        try {
            RunRecord.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(RunRecord.MAPPER.createObjectNode()
                    .put("startedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString()));
            RunRecord.sha256(file);
        } catch (java.io.IOException | RuntimeException e) {
            // the run record reports its own problems
        }
    }
}
