package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.spikeflow.batch.internal.SpikeflowApplication;

/**
 * The batch runner knows only workflows (issue 15): of Spikeflow's own code it uses the node API and the engine, never
 * a science library or a node family. Domain commands such as {@code simulate} come from their family's bundles as
 * services. Checked on the manifest and on the resolved runtime wiring, so it fails as soon as the runner imports the
 * Izhikevich library (or another family) again.
 */
class RunnerLayeringTest {
    /** The Spikeflow bundles the runner may use. */
    private static final List<String> ALLOWED_BUNDLES = List.of("org.spikeflow.core", "org.spikeflow.engine");

    private static Bundle runner() {
        return FrameworkUtil.getBundle(SpikeflowApplication.class);
    }

    /** @return the package names of an Import-Package header (commas inside version ranges are not separators) */
    static List<String> importedPackages(String header) {
        List<String> packages = new ArrayList<>();
        if (header == null) {
            return packages;
        }
        for (String clause : header.split(",(?=\\s*[A-Za-z_])")) {
            packages.add(clause.trim().split(";")[0].trim());
        }
        return packages;
    }

    @Test
    void theHeaderParserSplitsClausesNotVersionRanges() {
        assertEquals(List.of("a.b", "c", "d.e"),
                importedPackages("a.b;version=\"[0.1,1)\",\n c,d.e;version=\"[1,2)\";resolution:=optional"));
    }

    @Test
    void theManifestImportsOnlyCoreAndEnginePackagesOfSpikeflow() {
        String header = runner().getHeaders("").get("Import-Package");
        List<String> imported = importedPackages(header);
        assertTrue(imported.contains("org.spikeflow.engine"), "the header was read: " + header);
        List<String> foreign = imported.stream().filter(p -> p.startsWith("org.spikeflow."))
                .filter(p -> !p.startsWith("org.spikeflow.core.") && !p.equals("org.spikeflow.engine")
                        && !p.startsWith("org.spikeflow.engine."))
                .toList();
        assertEquals(List.of(), foreign, "org.spikeflow.batch imports domain packages; let the family's bundle "
                + "contribute a BatchCommand service instead");
        assertFalse(imported.stream().anyMatch(p -> p.startsWith("org.spikeflow.izhikevich")), imported.toString());
    }

    @Test
    void atRuntimeItIsWiredToNoSpikeflowBundleButCoreAndEngine() {
        BundleWiring wiring = runner().adapt(BundleWiring.class);
        TreeSet<String> providers = new TreeSet<>();
        for (String namespace : List.of(BundleRevision.PACKAGE_NAMESPACE, BundleRevision.BUNDLE_NAMESPACE)) {
            for (BundleWire wire : wiring.getRequiredWires(namespace)) {
                String provider = wire.getProvider().getSymbolicName();
                if (provider.startsWith("org.spikeflow.")) {
                    providers.add(provider);
                }
            }
        }
        assertTrue(providers.contains("org.spikeflow.core"), providers.toString());
        providers.removeAll(ALLOWED_BUNDLES);
        assertEquals(new TreeSet<>(), providers,
                "Spikeflow bundles the batch runner (or its test fragment) is wired to");
    }
}
