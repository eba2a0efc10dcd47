package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.extensions.internal.ExtensionManager.ExtensionException;

/** What the four extension commands share: the product folder and how a refusal becomes a message and exit code. */
final class ExtensionCommands {

    /** Printed after a change: the launcher installs or removes the bundles when the next command starts. */
    static final String NEXT_START = "The change takes effect with the next spikeflow command (./spikeflow nodes lists"
            + " the node types).";

    /** Framework property set by the launcher: the per-user extension location of this product. */
    static final String USER_EXTENSIONS = "spikeflow.userExtensions";

    private ExtensionCommands() {
    }

    /** The product folder the launcher runs ({@code spikeflow.home}). */
    static Path product() {
        BundleContext context = FrameworkUtil.getBundle(ExtensionCommands.class).getBundleContext();
        String home = context == null ? null : context.getProperty("spikeflow.home");
        if (home == null || home.isBlank()) {
            home = System.getProperty("spikeflow.home");
        }
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("spikeflow.home is not set: start Spikeflow with ./spikeflow");
        }
        return Path.of(home);
    }

    /** The product folder and the per-user extension location the launcher names ({@code spikeflow.userExtensions}). */
    static ExtensionManager.Locations locations() {
        BundleContext context = FrameworkUtil.getBundle(ExtensionCommands.class).getBundleContext();
        String user = context == null ? null : context.getProperty(USER_EXTENSIONS);
        if (user == null || user.isBlank()) {
            user = System.getProperty(USER_EXTENSIONS);
        }
        return new ExtensionManager.Locations(product(), user == null || user.isBlank() ? null : Path.of(user));
    }

    static int fail(String command, ExtensionException e, PrintStream err) {
        err.println("spikeflow " + command + ": " + e.getMessage());
        return e.isBadInput() ? BatchExitCodes.BAD_COMMAND_LINE : BatchExitCodes.EXECUTION_FAILED;
    }

    static int usage(String command, String problem, String usage, PrintStream err) {
        err.println("spikeflow " + command + ": " + problem);
        err.println(usage);
        return BatchExitCodes.BAD_COMMAND_LINE;
    }

    static void printChanges(List<String> changes, PrintStream out) {
        for (String change : changes) {
            out.println(change);
        }
    }
}
