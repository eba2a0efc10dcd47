package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.extensions.internal.ExtensionManager.Changes;
import org.spikeflow.extensions.internal.ExtensionManager.ExtensionException;

/** {@code spikeflow install [--user] SITE [FEATURE_ID...]}. */
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
                Usage: spikeflow install [--user] SITE [FEATURE_ID...]

                Installs features and what they need from a p2 update site into this Spikeflow product (with Equinox
                p2: dependencies are resolved against the installed product, checksums and signatures verified).
                  SITE        a folder, a zip file, a file: URL or an http(s): URL of a p2 repository
                  FEATURE_ID  the features to install (default: every feature on the site)
                  --user      install for this user only, into the per-user extension location (a folder per
                              product in the data folder: ~/.local/share/spikeflow/extensions on Linux,
                              ~/Library/Application Support/Spikeflow/extensions on macOS,
                              %LOCALAPPDATA%\\Spikeflow\\data\\extensions on Windows, $SPIKEFLOW_HOME/data/extensions
                              when SPIKEFLOW_HOME is set). This is what happens anyway when the product folder is
                              read-only; the launcher starts the bundles of both places.
                Installing what is installed already (in either place) changes nothing. A site that does not resolve
                (a missing dependency, a newer Java, conflicting versions) changes nothing and says why.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        boolean user = rest.remove("--user");
        if (rest.isEmpty()) {
            return ExtensionCommands.usage(name(), "missing SITE", usage(), err);
        }
        for (String arg : rest) {
            if (arg.startsWith("-")) {
                return ExtensionCommands.usage(name(), "unknown option '" + arg + "'", usage(), err);
            }
        }
        try {
            ExtensionManager.Locations locations = ExtensionCommands.locations();
            Changes changes = extensions.install(locations, user, rest.get(0), rest.subList(1, rest.size()), err);
            if (changes.isEmpty()) {
                out.println("Nothing to install: " + (rest.size() > 1
                        ? String.join(", ", rest.subList(1,
                                rest.size()))
                        : "the features of " + rest.get(0)) + " already installed.");
                return BatchExitCodes.SUCCESS;
            }
            boolean forUser = !changes.folder().equals(locations.product());
            out.println("Installed from " + rest.get(0) + (forUser
                    ? " for this user, into " + changes.folder()
                            + (user ? "" : " (the product folder " + locations.product() + " is read-only)")
                    : "") + ":");
            ExtensionCommands.printChanges(changes.lines(), out);
            out.println(ExtensionCommands.NEXT_START);
            return BatchExitCodes.SUCCESS;
        } catch (ExtensionException e) {
            return ExtensionCommands.fail(name(), e, err);
        }
    }
}
