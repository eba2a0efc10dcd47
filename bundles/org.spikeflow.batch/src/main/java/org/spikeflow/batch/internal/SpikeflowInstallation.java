package org.spikeflow.batch.internal;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What is installed: Spikeflow's version, the bundles of the running framework and the features of the product folder
 * ({@code spikeflow.home}, set by the launcher). {@code version} prints it, run records store it.
 */
final class SpikeflowInstallation {
    /** A feature of the product, from its folder name {@code features/ID_VERSION}. */
    record Feature(String id, String version) {
    }

    private SpikeflowInstallation() {
    }

    /** The version of the batch runner's bundle (all Spikeflow bundles are built and versioned together). */
    static String version() {
        Bundle self = FrameworkUtil.getBundle(SpikeflowInstallation.class);
        return self == null ? "unknown" : self.getVersion().toString();
    }

    /** Symbolic name to version of every installed bundle but the framework, sorted by name. */
    static Map<String, String> bundles() {
        Map<String, String> bundles = new LinkedHashMap<>();
        BundleContext context = context();
        if (context != null) {
            List<Bundle> all = new ArrayList<>(List.of(context.getBundles()));
            all.sort(Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
            for (Bundle bundle : all) {
                if (bundle.getBundleId() != 0 && bundle.getSymbolicName() != null) {
                    bundles.put(bundle.getSymbolicName(), bundle.getVersion().toString());
                }
            }
        }
        return bundles;
    }

    /**
     * The installed features, sorted by id: the product folder's and those installed for this user only (the per-user
     * extension location); empty outside a product (tests, embedding).
     */
    static List<Feature> features() {
        BundleContext context = context();
        if (context == null) {
            return List.of();
        }
        List<Feature> features = new ArrayList<>();
        for (String property : List.of("spikeflow.home", "spikeflow.userExtensions")) {
            String folder = context.getProperty(property);
            File[] folders = folder == null || folder.isBlank()
                    ? null
                    : new File(folder, "features").listFiles(File::isDirectory);
            if (folders != null) {
                Arrays.stream(folders).map(File::getName).filter(name -> name.contains("_"))
                        .map(name -> new Feature(name.substring(0, name.lastIndexOf('_')),
                                name.substring(name.lastIndexOf('_') + 1)))
                        .forEach(features::add);
            }
        }
        features.sort(Comparator.comparing(Feature::id));
        return features;
    }

    /** Java version, vendor and VM, e.g. {@code 17.0.13 (Eclipse Adoptium, OpenJDK 64-Bit Server VM 17.0.13+11)}. */
    static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ")";
    }

    /** Operating system and architecture as the JVM reports them. */
    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }

    private static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(SpikeflowInstallation.class);
        return self == null ? null : self.getBundleContext();
    }
}
