package org.spikeflow.base.internal.io.csvreader;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** CSV Reader: reads a CSV file into a table. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + CsvReaderNodeFactory.ID)
public class CsvReaderNodeFactory extends AbstractNodeFactory<CsvReaderNodeModel> {
    public static final String ID = "org.spikeflow.base.io.csvreader";

    public CsvReaderNodeFactory() {
        super(ID);
    }

    @Override
    public CsvReaderNodeModel createNodeModel() {
        return new CsvReaderNodeModel();
    }
}
