package org.spikeflow.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.NodeRepository;

/**
 * The node repository of the running platform: tracks every {@code NodeFactory} service, so bundles installed, updated
 * or removed at run time add or remove their nodes at once.
 */
@Component(service = NodeRepository.class, immediate = true)
public final class NodeRepositoryComponent implements NodeRepository {
    private final List<NodeFactory<?>> factories = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            service = NodeFactory.class)
    void addFactory(NodeFactory<?> factory) {
        factories.add(factory);
    }

    void removeFactory(NodeFactory<?> factory) {
        factories.remove(factory);
    }

    @Override
    public List<NodeFactory<?>> getFactories() {
        List<NodeFactory<?>> sorted = new ArrayList<>(factories);
        sorted.sort(Comparator.<NodeFactory<?>, String>comparing(NodeFactory::getCategory)
                .thenComparing(NodeFactory::getName));
        return sorted;
    }

    @Override
    public Optional<NodeFactory<?>> find(String nodeTypeId) {
        // The newest registration wins when two bundles provide the same id (e.g. during an update).
        for (int i = factories.size() - 1; i >= 0; i--) {
            if (factories.get(i).getId().equals(nodeTypeId)) {
                return Optional.of(factories.get(i));
            }
        }
        return Optional.empty();
    }
}
