package org.spikeflow.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.NodeRepository;

/**
 * The node repository of the running platform: tracks every {@code NodeFactory} service, so bundles installed, updated
 * or removed at run time add or remove their nodes at once. Factories are created when first asked for: {@link #find}
 * picks a factory by its {@link NodeFactory#ID_PROPERTY} service property without creating the others (running a
 * workflow creates only the factories it uses, and their bundles start only then); a factory without the property is
 * created to be asked its id.
 */
@Component(service = NodeRepository.class, immediate = true)
public final class NodeRepositoryComponent implements NodeRepository {
    /** The factory services in the order they appeared. */
    private final List<ServiceReference<NodeFactory<?>>> references = new CopyOnWriteArrayList<>();
    /** The factories created so far. */
    private final Map<ServiceReference<NodeFactory<?>>, NodeFactory<?>> created = new ConcurrentHashMap<>();
    private volatile BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
    }

    @Deactivate
    void deactivate() {
        references.forEach(this::release);
        context = null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            service = NodeFactory.class)
    void addFactory(ServiceReference<NodeFactory<?>> reference) {
        references.add(reference);
    }

    void removeFactory(ServiceReference<NodeFactory<?>> reference) {
        references.remove(reference);
        release(reference);
    }

    private void release(ServiceReference<NodeFactory<?>> reference) {
        BundleContext bundleContext = context;
        if (created.remove(reference) != null && bundleContext != null) {
            try {
                bundleContext.ungetService(reference);
            } catch (IllegalStateException e) {
                // this bundle is stopping: the framework releases its services itself
            }
        }
    }

    /** The factory of a service, created on first use; null if the service is gone (or the component stopped). */
    private NodeFactory<?> factory(ServiceReference<NodeFactory<?>> reference) {
        NodeFactory<?> factory = created.get(reference);
        if (factory != null) {
            return factory;
        }
        BundleContext bundleContext = context;
        if (bundleContext == null) {
            return null;
        }
        synchronized (reference) {
            factory = created.get(reference);
            if (factory == null) {
                try {
                    factory = bundleContext.getService(reference);
                } catch (IllegalStateException e) {
                    return null; // this bundle is stopping
                }
                if (factory != null) {
                    created.put(reference, factory);
                }
            }
            return factory;
        }
    }

    @Override
    public List<NodeFactory<?>> getFactories() {
        List<NodeFactory<?>> sorted = new ArrayList<>();
        for (ServiceReference<NodeFactory<?>> reference : references) {
            NodeFactory<?> factory = factory(reference);
            if (factory != null) {
                sorted.add(factory);
            }
        }
        sorted.sort(Comparator.<NodeFactory<?>, String>comparing(NodeFactory::getCategory)
                .thenComparing(NodeFactory::getName));
        return sorted;
    }

    @Override
    public Optional<NodeFactory<?>> find(String nodeTypeId) {
        // The newest registration wins when two bundles provide the same id (e.g. during an update).
        List<ServiceReference<NodeFactory<?>>> all = new ArrayList<>(references);
        for (int i = all.size() - 1; i >= 0; i--) {
            Object declared = all.get(i).getProperty(NodeFactory.ID_PROPERTY);
            if (declared != null && !nodeTypeId.equals(declared)) {
                continue;
            }
            NodeFactory<?> factory = factory(all.get(i));
            if (factory != null && factory.getId().equals(nodeTypeId)) {
                return Optional.of(factory);
            }
        }
        return Optional.empty();
    }
}
