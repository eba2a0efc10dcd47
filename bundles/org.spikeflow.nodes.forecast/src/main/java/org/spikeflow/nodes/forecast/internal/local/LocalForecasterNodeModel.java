package org.spikeflow.nodes.forecast.internal.local;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.forecast.internal.common.EmbeddedForecasting;
import org.spikeflow.nodes.forecast.internal.common.Traces;

/** Forecasts each series of a trace table with one embedded model. */
public class LocalForecasterNodeModel extends NodeModel<LocalForecasterNodeSettings> {

    public LocalForecasterNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, LocalForecasterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec in = (DataTableSpec) inSpecs[0];
        if (in == null) {
            return new PortObjectSpec[] {null};
        }
        LocalForecasterNodeSettings s = getSettings();
        return new PortObjectSpec[] {EmbeddedForecasting.spec(in, s.timeColumn, s.valueColumn, s.seriesColumn,
                s.model.columnName(), Traces.levels(s.levels), s.seedTimestamps)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        LocalForecasterNodeSettings s = getSettings();
        return new PortObject[] {EmbeddedForecasting.forecast((DataTable) inObjects[0], s.timeColumn, s.valueColumn,
                s.seriesColumn, s.model.key(), s.model.columnName(), s.h, Traces.levels(s.levels), s.contextLength,
                s.seedTimestamps, s.samplingInterval, exec)};
    }
}
