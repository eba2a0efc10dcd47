package org.spikeflow.nodes.spark.internal.parquetwriter;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Parquet Writer: runs the plan and writes its result as a Parquet dataset. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ParquetWriterNodeFactory.ID)
public class ParquetWriterNodeFactory extends AbstractNodeFactory<ParquetWriterNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.parquetwriter";

    public ParquetWriterNodeFactory() {
        super(ID);
    }

    @Override
    public ParquetWriterNodeModel createNodeModel() {
        return new ParquetWriterNodeModel();
    }
}
