package org.spikeflow.nodes.plot.internal.writer;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Image Writer: writes an image to PNG and/or SVG files. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ImageWriterNodeFactory.ID)
public class ImageWriterNodeFactory extends AbstractNodeFactory<ImageWriterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.imagewriter";

    public ImageWriterNodeFactory() {
        super(ID);
    }

    @Override
    public ImageWriterNodeModel createNodeModel() {
        return new ImageWriterNodeModel();
    }
}
