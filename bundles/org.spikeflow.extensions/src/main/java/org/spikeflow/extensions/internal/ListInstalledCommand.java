package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.extensions.internal.ExtensionManager.ExtensionException;
import org.spikeflow.extensions.internal.ExtensionManager.InstalledFeature;

/** {@code spikeflow list-installed}. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=list-installed")
public final class ListInstalledCommand implements BatchCommand {

    @Reference
    private ExtensionManager extensions;

    @Override
    public String name() {
        return "list-installed";
    }

    @Override
    public String summary() {
        return "List the installed features (the product's and the extensions)";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow list-installed

                One line per installed feature: id, version and where it came from ('product' for the features
                Spikeflow ships, else the update site it was installed from, followed by '(for this user)' for
                extensions in the per-user extension location, see 'spikeflow help install').""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            return ExtensionCommands.usage(name(), "unexpected argument '" + args.get(0) + "'", usage(), err);
        }
        try {
            List<InstalledFeature> features = extensions.installed(ExtensionCommands.locations());
            int idWidth = Math.max("FEATURE".length(), features.stream().mapToInt(f -> f.id().length()).max()
                    .orElse(0));
            int versionWidth = Math.max("VERSION".length(), features.stream().mapToInt(f -> f.version().length())
                    .max().orElse(0));
            String format = "%-" + idWidth + "s  %-" + versionWidth + "s  %s%n";
            out.printf(format, "FEATURE", "VERSION", "FROM");
            for (InstalledFeature feature : features) {
                out.printf(format, feature.id(), feature.version(), (feature.isExtension()
                        ? UpdateSites.display(java.net.URI.create(feature.site()))
                        : "product")
                        + (feature.user() ? " (for this user)" : ""));
            }
            return BatchExitCodes.SUCCESS;
        } catch (ExtensionException e) {
            return ExtensionCommands.fail(name(), e, err);
        }
    }
}
