package org.spikeflow.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.util.FailureMessages;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowFileSchema;

/** {@code spikeflow schema [--out FILE]}: the JSON Schema of workflow files for the installed nodes. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=schema")
public final class SchemaCommand implements BatchCommand {
    @Reference
    private NodeRepository repository;

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public String summary() {
        return "Write the JSON Schema of .spikeflow.json files for the installed nodes";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow schema [--out FILE]

                Writes the JSON Schema (draft 2020-12) of the .spikeflow.json format, generated from the installed
                nodes: the file structure and, per node type, its settings. Editors such as VS Code validate and
                complete a workflow file that names it: "$schema": "spikeflow-workflow.schema.json".
                  --out FILE   write it to FILE (atomically) instead of standard output""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size() && target == null) {
                try {
                    target = Path.of(args.get(++i));
                } catch (InvalidPathException e) {
                    err.println("spikeflow schema: --out: not a file name: " + args.get(i));
                    return BatchExitCodes.BAD_COMMAND_LINE;
                }
            } else {
                err.println("spikeflow schema: unexpected argument '" + args.get(i) + "'"
                        + (args.get(i).equals("--out") ? " (--out needs one FILE)" : "") + "; usage: spikeflow schema"
                        + " [--out FILE]");
                return BatchExitCodes.BAD_COMMAND_LINE;
            }
        }
        String text = WorkflowFileSchema.text(repository.getFactories());
        if (target == null) {
            out.print(text);
            return BatchExitCodes.SUCCESS;
        }
        if (Files.isDirectory(target)) {
            err.println("spikeflow schema: --out " + target + " is a folder; name a file, e.g. "
                    + target.resolve(WorkflowFileSchema.FILE_NAME));
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            err.println("spikeflow schema: cannot write " + target + ": " + FailureMessages.describeIo(e));
            return BatchExitCodes.EXECUTION_FAILED;
        }
        err.println("Wrote " + target);
        return BatchExitCodes.SUCCESS;
    }
}
