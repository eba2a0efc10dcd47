package org.spikeflow.nodes.spark.internal.parquetreader;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** Parquet Reader: a Parquet dataset as a Spark DataFrame. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + ParquetReaderNodeFactory.ID)
public class ParquetReaderNodeFactory extends AbstractNodeFactory<ParquetReaderNodeModel> {
    public static final String ID = "org.spikeflow.nodes.spark.parquetreader";

    public ParquetReaderNodeFactory() {
        super(ID);
    }

    @Override
    public ParquetReaderNodeModel createNodeModel() {
        return new ParquetReaderNodeModel();
    }
}
