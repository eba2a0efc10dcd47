package org.spikeflow.base.internal.io.csvwriter;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** CSV Writer: writes a table to a CSV file. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + CsvWriterNodeFactory.ID)
public class CsvWriterNodeFactory extends AbstractNodeFactory<CsvWriterNodeModel> {
    public static final String ID = "org.spikeflow.base.io.csvwriter";

    public CsvWriterNodeFactory() {
        super(ID);
    }

    @Override
    public CsvWriterNodeModel createNodeModel() {
        return new CsvWriterNodeModel();
    }
}
