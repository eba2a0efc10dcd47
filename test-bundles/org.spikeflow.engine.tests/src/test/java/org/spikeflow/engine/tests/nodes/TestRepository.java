package org.spikeflow.engine.tests.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.NodeRepository;

/** The platform's node repository (all DS-registered nodes) plus the test nodes of this bundle. */
public final class TestRepository {
    private static NodeRepository platform;

    private TestRepository() {
    }

    /** The OSGi node repository service (waits up to 10 s for it). */
    public static synchronized NodeRepository platform() {
        if (platform == null) {
            Bundle bundle = FrameworkUtil.getBundle(NodeRepository.class);
            ServiceTracker<NodeRepository, NodeRepository> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                    NodeRepository.class, null);
            tracker.open();
            try {
                platform = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (platform == null) {
                throw new IllegalStateException("No NodeRepository service: is felix.scr running?");
            }
        }
        return platform;
    }

    /** Platform nodes plus test nodes. */
    public static NodeRepository withTestNodes() {
        List<NodeFactory<?>> factories = new ArrayList<>(platform().getFactories());
        factories.add(new RecordNodeFactory());
        factories.add(new FailNodeFactory());
        factories.add(new WaitForCancelNodeFactory());
        factories.add(new BigTableNodeFactory());
        factories.add(new ReadVariableNodeFactory());
        factories.add(new VersionedNodeFactory());
        factories.add(new CountConfigureNodeFactory());
        return NodeRepository.of(factories);
    }
}
