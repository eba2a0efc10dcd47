package org.spikeflow.engine;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.spikeflow.core.node.NodeFactory;

/** The node types the runtime knows: every {@code NodeFactory} service of every installed bundle. */
@ProviderType
public interface NodeRepository {
    /** All factories, sorted by category then name. */
    List<NodeFactory<?>> getFactories();

    Optional<NodeFactory<?>> find(String nodeTypeId);

    /**
     * The repository service of the running OSGi framework (registered by the engine's DS component), waiting up to
     * {@code timeout} for Declarative Services to publish it — for tests and embedding code without DS of its own.
     *
     * @throws IllegalStateException
     *             when there is no OSGi framework or no repository service appeared in time
     */
    static NodeRepository awaitService(java.time.Duration timeout) {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(NodeRepository.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            throw new IllegalStateException("Not running in a started OSGi framework: use NodeRepository.of(...)");
        }
        org.osgi.util.tracker.ServiceTracker<NodeRepository, NodeRepository> tracker = new org.osgi.util.tracker.ServiceTracker<>(
                bundle.getBundleContext(), NodeRepository.class, null);
        tracker.open();
        try {
            NodeRepository repository = tracker.waitForService(timeout.toMillis());
            if (repository == null) {
                throw new IllegalStateException("No NodeRepository service after " + timeout
                        + ": is the Declarative Services runtime (felix.scr) started?");
            }
            return repository;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for the NodeRepository service", e);
        }
    }

    /** A repository over a fixed list of factories (for code running outside OSGi). */
    static NodeRepository of(List<? extends NodeFactory<?>> factories) {
        List<NodeFactory<?>> sorted = new java.util.ArrayList<>(factories);
        sorted.sort(java.util.Comparator.<NodeFactory<?>, String>comparing(NodeFactory::getCategory)
                .thenComparing(NodeFactory::getName));
        List<NodeFactory<?>> fixed = List.copyOf(sorted);
        return new NodeRepository() {
            @Override
            public List<NodeFactory<?>> getFactories() {
                return fixed;
            }

            @Override
            public Optional<NodeFactory<?>> find(String nodeTypeId) {
                return fixed.stream().filter(f -> f.getId().equals(nodeTypeId)).findFirst();
            }
        };
    }
}
