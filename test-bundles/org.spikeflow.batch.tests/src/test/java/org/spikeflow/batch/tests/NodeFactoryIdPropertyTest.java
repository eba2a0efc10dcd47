package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.spikeflow.batch.internal.SpikeflowApplication;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.NodeRepository;

/**
 * The node repository finds a factory by its {@code spikeflow.node.id} service property without creating the other
 * factories: every node bundle of the product declares it on each factory, and it must be the factory's own id.
 */
class NodeFactoryIdPropertyTest {

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void everyProductFactoryDeclaresItsOwnIdAndIsFoundByIt() throws Exception {
        ApplicationRunner.find("run", "nodes");
        BundleContext context = FrameworkUtil.getBundle(SpikeflowApplication.class).getBundleContext();
        NodeRepository repository = NodeRepository.awaitService(Duration.ofSeconds(10));
        List<String> problems = new ArrayList<>();
        int declared = 0;
        for (ServiceReference<NodeFactory> reference : context.getServiceReferences(NodeFactory.class, null)) {
            String bundle = reference.getBundle().getSymbolicName();
            Object id = reference.getProperty(NodeFactory.ID_PROPERTY);
            if (id == null) {
                if (bundle.equals("org.spikeflow.base") || bundle.startsWith("org.spikeflow.nodes.")) {
                    problems.add(bundle + ": a factory without " + NodeFactory.ID_PROPERTY);
                }
                continue;
            }
            declared++;
            NodeFactory<?> factory = context.getService(reference);
            try {
                if (!id.equals(factory.getId())) {
                    problems.add(bundle + ": " + NodeFactory.ID_PROPERTY + "=" + id + " on the factory of "
                            + factory.getId());
                }
                String found = repository.find(id.toString()).map(NodeFactory::getId).orElse(null);
                if (!id.equals(found)) {
                    problems.add("find(" + id + ") gave " + found);
                }
            } finally {
                context.ungetService(reference);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(declared >= 40, "the product's node bundles have more than 40 nodes, found " + declared);
        assertTrue(repository.find("org.spikeflow.base.no.such.node").isEmpty());
    }
}
