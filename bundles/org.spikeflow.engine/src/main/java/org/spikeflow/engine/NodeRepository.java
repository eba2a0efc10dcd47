package org.spikeflow.engine;

import java.util.List;
import java.util.Optional;

import org.spikeflow.core.node.NodeFactory;

/** The node types the runtime knows: every {@code NodeFactory} service of every installed bundle. */
public interface NodeRepository {
    /** All factories, sorted by category then name. */
    List<NodeFactory<?>> getFactories();

    Optional<NodeFactory<?>> find(String nodeTypeId);

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
