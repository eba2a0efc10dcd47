package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.extensions.internal.ExtensionManager.ExtensionException;

/** {@code spikeflow install SITE [FEATURE_ID...]}. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=install")
public final class InstallCommand implements BatchCommand {

    @Reference
    private ExtensionManager extensions;

    @Override
    public String name() {
        return "install";
    }

    @Override
    public String summary() {
        return "Install extension features (node families) from an update site";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow install SITE [FEATURE_ID...]

                Installs features and what they need from a p2 update site into this Spikeflow product (with Equinox
                p2: dependencies are resolved against the installed product, checksums and signatures verified).
                  SITE        a folder, a zip file, a file: URL or an http(s): URL of a p2 repository
                  FEATURE_ID  the features to install (default: every feature on the site)
                Installing what is installed already changes nothing. A site that does not resolve (a missing
                dependency, a newer Java, conflicting versions) changes nothing and says why.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return ExtensionCommands.usage(name(), "missing SITE", usage(), err);
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                return ExtensionCommands.usage(name(), "unknown option '" + arg + "'", usage(), err);
            }
        }
        try {
            List<String> changes = extensions.install(ExtensionCommands.product(), args.get(0),
                    args.subList(1, args.size()), err);
            if (changes.isEmpty()) {
                out.println("Nothing to install: " + (args.size() > 1 ? String.join(", ", args.subList(1,
                        args.size())) : "the features of " + args.get(0)) + " already installed.");
                return BatchExitCodes.SUCCESS;
            }
            out.println("Installed from " + args.get(0) + ":");
            ExtensionCommands.printChanges(changes, out);
            out.println(ExtensionCommands.NEXT_START);
            return BatchExitCodes.SUCCESS;
        } catch (ExtensionException e) {
            return ExtensionCommands.fail(name(), e, err);
        }
    }
}
