package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.spikeflow.engine.WorkflowManager;

/**
 * The engine's API package does not depend on its implementation package (no cycle engine ↔ engine.internal): no class
 * of {@code org.spikeflow.engine} names a class of {@code org.spikeflow.engine.internal} in its constant pool, where
 * the JVM keeps every class a class file refers to.
 */
class PackageLayeringTest {

    private static final String INTERNAL = "org/spikeflow/engine/internal/";

    @Test
    void theApiPackageDoesNotReferToTheInternalPackage() throws IOException {
        Bundle engine = FrameworkUtil.getBundle(WorkflowManager.class);
        assertNotNull(engine, "the engine runs as a bundle");
        BundleWiring wiring = engine.adapt(BundleWiring.class);
        Collection<String> apiClasses = wiring.listResources("org/spikeflow/engine", "*.class", 0);
        assertTrue(apiClasses.size() > 10, "found the API classes: " + apiClasses);
        List<String> offenders = new ArrayList<>();
        for (String name : apiClasses) {
            URL url = wiring.getClassLoader().getResource(name);
            try (InputStream in = url.openStream()) {
                // class names are stored as (modified) UTF-8 in internal form, e.g. org/spikeflow/engine/internal/X
                if (new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(INTERNAL)) {
                    offenders.add(name);
                }
            }
        }
        assertEquals(List.of(), offenders);
        assertTrue(!wiring.listResources("org/spikeflow/engine/internal", "*.class", 0).isEmpty(),
                "the internal package is listed the same way");
    }
}
