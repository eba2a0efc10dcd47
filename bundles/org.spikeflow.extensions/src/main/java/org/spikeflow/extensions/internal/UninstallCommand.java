package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.extensions.internal.ExtensionManager.ExtensionException;

/** {@code spikeflow uninstall FEATURE_ID}. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=uninstall")
public final class UninstallCommand implements BatchCommand {

    @Reference
    private ExtensionManager extensions;

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public String summary() {
        return "Remove an extension feature installed with 'spikeflow install'";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow uninstall FEATURE_ID

                Removes an extension feature (this user's, else the product's) and the bundles nothing else needs.
                Features that are part of the Spikeflow product cannot be removed. 'spikeflow list-installed' lists the features.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            return ExtensionCommands.usage(name(), args.isEmpty()
                    ? "missing FEATURE_ID"
                    : "expected exactly one FEATURE_ID, got '" + String.join(" ", args) + "'", usage(), err);
        }
        try {
            ExtensionManager.Locations locations = ExtensionCommands.locations();
            ExtensionManager.Changes changes = extensions.uninstall(locations, args.get(0), err);
            out.println("Uninstalled " + args.get(0) + (changes.folder().equals(locations.product())
                    ? ""
                    : " (installed for this user in " + changes.folder() + ")") + ":");
            ExtensionCommands.printChanges(changes.lines(), out);
            out.println(ExtensionCommands.NEXT_START);
            return BatchExitCodes.SUCCESS;
        } catch (ExtensionException e) {
            return ExtensionCommands.fail(name(), e, err);
        }
    }
}
