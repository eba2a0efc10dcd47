package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.dropin.HelloNodeFactory;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** Installing a bundle into the running platform adds its nodes; uninstalling removes them. */
class DropInBundleTest {
    private static final String PACKAGE_PATH = "org/spikeflow/engine/tests/dropin/";

    @Test
    void aBundleInstalledAtRunTimeAddsItsNode(@TempDir Path temp) throws Exception {
        NodeRepository repository = TestRepository.platform();
        assertTrue(repository.find(HelloNodeFactory.ID).isEmpty());
        BundleContext context = FrameworkUtil.getBundle(NodeRepository.class).getBundleContext();
        Path jar = buildDropInBundle(temp.resolve("org.spikeflow.test.dropin_1.0.0.jar"));

        Bundle bundle = context.installBundle(jar.toUri().toString());
        try {
            bundle.start();
            assertTrue(waitFor(() -> repository.find(HelloNodeFactory.ID).isPresent()),
                    "the node of the new bundle appears in the repository");
            var factory = repository.find(HelloNodeFactory.ID).get();
            assertEquals("Hello (drop-in)", factory.getName());
            assertEquals("/Test/Drop-in", factory.getCategory());
            assertEquals("org.spikeflow.test.dropin", factory.getDescription().bundle());
            assertTrue(repository.getFactories().stream().anyMatch(f -> f.getId().equals(HelloNodeFactory.ID)));

            WorkflowManager workflow = WorkflowManager.create(repository);
            workflow.addNode("hello", HelloNodeFactory.ID);
            assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
            DataTable table = (DataTable) workflow.getNode("hello").getOutput(0);
            assertEquals("hello from a drop-in bundle", ((StringColumn) table.getColumn("greeting")).get(0));
        } finally {
            bundle.uninstall();
        }
        assertTrue(waitFor(() -> repository.find(HelloNodeFactory.ID).isEmpty()),
                "the node disappears with its bundle");
        assertFalse(repository.getFactories().stream().anyMatch(f -> f.getId().equals(HelloNodeFactory.ID)));
    }

    /** A bundle jar holding the drop-in node's classes, its description and a DS component declaration. */
    private Path buildDropInBundle(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.spikeflow.test.dropin");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.spikeflow.core.data,org.spikeflow.core.node,org.spikeflow.core.port,"
                + "org.spikeflow.core.settings");
        main.putValue("Service-Component", "OSGI-INF/hello.xml");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String resource : new String[] {"HelloNodeFactory.class", "HelloNodeFactory$Model.class",
                    "HelloNodeFactory$Settings.class", "HelloNodeFactory.xml"}) {
                out.putNextEntry(new JarEntry(PACKAGE_PATH + resource));
                try (InputStream in = HelloNodeFactory.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("Test resource " + resource + " not found");
                    }
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("OSGI-INF/hello.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"hello\">\n"
                    + "  <implementation class=\"org.spikeflow.engine.tests.dropin.HelloNodeFactory\"/>\n"
                    + "  <service><provide interface=\"org.spikeflow.core.node.NodeFactory\"/></service>\n"
                    + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
