package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.extensions.internal.ExtensionManager.ExtensionException;

/** {@code spikeflow update [SITE]}. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=update")
public final class UpdateCommand implements BatchCommand {

    @Reference
    private ExtensionManager extensions;

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String summary() {
        return "Update installed extension features to their newest versions";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow update [SITE]

                Updates every extension feature (the product's and this user's) to the newest version on the update
                site it was installed from, or on SITE (a folder, a zip file, a file: or http(s): URL) when given.
                An update that does not resolve changes nothing and says why.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1 || (args.size() == 1 && args.get(0).startsWith("-"))) {
            return ExtensionCommands.usage(name(), "expected at most one SITE, got '" + String.join(" ", args)
                    + "'", usage(), err);
        }
        try {
            List<String> updates = extensions.update(ExtensionCommands.locations(), args.isEmpty()
                    ? null
                    : args.get(0), err);
            if (updates.isEmpty()) {
                out.println("All extensions are up to date.");
                return BatchExitCodes.SUCCESS;
            }
            out.println("Updated:");
            ExtensionCommands.printChanges(updates, out);
            out.println(ExtensionCommands.NEXT_START);
            return BatchExitCodes.SUCCESS;
        } catch (ExtensionException e) {
            return ExtensionCommands.fail(name(), e, err);
        }
    }
}
