package org.spikeflow.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.batch.internal.RunRecord.FileEntry;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.CommandLine;

/**
 * {@code spikeflow verify-run DIR}: checks an output folder against its run record ({@code run.json}), so whoever
 * receives results can tell whether they are complete and unchanged.
 */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=verify-run")
public final class VerifyRunCommand implements BatchCommand {
    /** Something differs from the record, or the recorded run did not complete. */
    static final int DIFFERS = BatchExitCodes.EXECUTION_FAILED;

    @Override
    public String name() {
        return "verify-run";
    }

    @Override
    public String summary() {
        return "Check an output folder against its run record (run.json)";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow verify-run DIR

                Checks the files of a run's output folder against DIR/run.json, the record 'spikeflow run' wrote:
                every recorded file must exist with the recorded size and SHA-256. Reports, one line each:
                  MISSING  a recorded file is gone
                  CHANGED  a recorded file has another size or content
                  EXTRA    a file in DIR that the record does not list (run.json, run.lock and the workflow file
                           itself excepted; files of earlier runs listed under staleFiles are reported as STALE)
                The workflow file, if it is in DIR, must be the one that ran (same SHA-256).
                and whether the recorded run completed (status succeeded or warnings).

                Exit codes: 0 every recorded file matches and the run completed; 2 bad command line, or DIR has
                            no valid run.json; 4 something differs, or the run failed, was cancelled or did not
                            end (status running: killed, or still running).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            return CommandLine.usageError(err, name(),
                    "expected one output folder, got " + (args.isEmpty() ? "none" : args));
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            err.println("spikeflow verify-run: " + folder + " is not a folder");
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        RunRecord.Content record;
        try {
            record = RunRecord.read(folder);
        } catch (RunRecord.InvalidRecordException e) {
            err.println("spikeflow verify-run: " + e.getMessage());
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        int problems = 0;
        Set<Path> accounted = new HashSet<>();
        accounted.add(folder.resolve(RunRecord.FILE_NAME));
        accounted.add(folder.resolve(OutputFolderLock.FILE_NAME));
        int matching = 0;
        if (record.workflow() != null) {
            // The workflow file is checked when it came along (it need not).
            Path workflow = RunRecord.resolve(folder, record.workflow().path());
            accounted.add(workflow);
            if (Files.isRegularFile(workflow) && !sameHash(workflow, record.workflow().sha256())) {
                out.println(String.format("%-8s %s", "CHANGED", record.workflow().path())
                        + ": the workflow file is not the one that ran (SHA-256 differs)");
                problems++;
            }
        }
        for (FileEntry entry : record.files()) {
            Path file = RunRecord.resolve(folder, entry.path());
            accounted.add(file);
            String[] problem = check(file, entry);
            if (problem == null) {
                matching++;
            } else {
                out.println(String.format("%-8s %s", problem[0], entry.path()) + problem[1]);
                problems++;
            }
        }
        for (FileEntry entry : record.staleFiles()) {
            Path file = RunRecord.resolve(folder, entry.path());
            if (accounted.add(file) && Files.exists(file)) {
                out.println(String.format("%-8s %s", "STALE", entry.path())
                        + ": from an earlier run, not a result of this one");
            }
        }
        List<Path> extras;
        try {
            extras = extras(folder, accounted);
        } catch (IOException | UncheckedIOException e) {
            err.println("spikeflow verify-run: cannot list " + folder + ": " + e.getMessage());
            return DIFFERS;
        }
        for (Path extra : extras) {
            out.println(String.format("%-8s %s", "EXTRA", RunRecord.relativize(folder, extra)));
            problems++;
        }
        boolean complete = record.status().complete();
        if (!complete) {
            out.println("INCOMPLETE  the recorded run " + (record.status() == RunRecord.Status.RUNNING
                    ? "did not end (it was killed, or is still running)"
                    : "ended with status " + record.status().key())
                    + ": the folder does not hold its complete results");
        }
        out.printf("%s: %d of %d recorded files match; %d difference%s; run status %s%n",
                problems == 0 && complete ? "OK" : "DIFFERS", matching, record.files().size(), problems,
                problems == 1 ? "" : "s", record.status().key());
        return problems == 0 && complete ? BatchExitCodes.SUCCESS : DIFFERS;
    }

    /** Null if the file matches its entry, else {keyword, what differs}. */
    private static String[] check(Path file, FileEntry entry) {
        if (!Files.isRegularFile(file)) {
            return new String[] {"MISSING", ""};
        }
        try {
            long size = Files.size(file);
            if (size != entry.size()) {
                return new String[] {"CHANGED", ": size " + size + " bytes, recorded " + entry.size()};
            }
            if (!RunRecord.sha256(file).equals(entry.sha256())) {
                return new String[] {"CHANGED", ": same size, different content (SHA-256 differs)"};
            }
            return null;
        } catch (IOException e) {
            return new String[] {"CHANGED", ": cannot be read (" + e.getMessage() + ")"};
        }
    }

    private static boolean sameHash(Path file, String sha256) {
        try {
            return RunRecord.sha256(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> extras(Path folder, Set<Path> accounted) throws IOException {
        List<Path> extras = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !accounted.contains(p)).sorted().forEach(extras::add);
        }
        return extras;
    }
}
