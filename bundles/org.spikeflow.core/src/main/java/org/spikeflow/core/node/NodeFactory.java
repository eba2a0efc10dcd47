package org.spikeflow.core.node;

import java.net.URL;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Creates the models of one node type and describes it. Register implementations as OSGi Declarative Services
 * components providing {@code NodeFactory}; the node repository finds them, so a new bundle adds nodes without touching
 * the core.
 *
 * @param <M>
 *            the model class
 */
@ConsumerType
public interface NodeFactory<M extends NodeModel<?>> {

    /**
     * Service property that names the node type id ({@link #getId()}) of a factory component, e.g.
     * {@code @Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + MyNodeFactory.ID)}: the
     * node repository then finds the factory by id without creating it, so running a workflow creates only the
     * factories (and starts only the bundles) it uses. Optional: a factory without it is created to be asked its id.
     */
    String ID_PROPERTY = "spikeflow.node.id";

    /** The stable node type id written into workflow files, e.g. {@code org.spikeflow.base.loop.countingstart}. */
    String getId();

    /** The display name, e.g. "Counting Loop Start". */
    String getName();

    /** The repository category path, e.g. {@code /Flow Control/Loops}. */
    String getCategory();

    /**
     * One line on what the node does, as in {@link #getDescription()}. Factories that can tell it without building the
     * whole description (a model and its settings schema) override this, so listing nodes stays cheap.
     */
    default String getShortDescription() {
        return getDescription().shortDescription();
    }

    /** An icon (SVG or PNG) for the canvas, or null. */
    URL getIcon();

    M createNodeModel();

    NodeDescription getDescription();
}
