package org.spikeflow.nodes.spark.internal.forecaster;

import java.util.List;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.spark.SparkDataFramePortObject;
import org.spikeflow.nodes.spark.SparkDataFrameSpec;
import org.spikeflow.nodes.spark.internal.common.DataFrameColumns;
import org.spikeflow.spark.ForecastSpec;
import org.spikeflow.spark.SparkPlan;

/** Adds the grouped forecasting step to the plan. */
public class SparkForecasterNodeModel extends NodeModel<SparkForecasterNodeSettings> {
    static final SparkDataFrameSpec SPEC = new SparkDataFrameSpec(List.of("series", "step", "model", "mean"));

    public SparkForecasterNodeModel() {
        super(new PortType[] {SparkDataFramePortObject.TYPE}, new PortType[] {SparkDataFramePortObject.TYPE},
                SparkForecasterNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SparkForecasterNodeSettings s = getSettings();
        DataFrameColumns.require(inSpecs[0], List.of(s.seriesColumn, s.timeColumn, s.valueColumn),
                "the forecaster reads the series, time and value columns of its settings");
        return new PortObjectSpec[] {SPEC};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        SparkForecasterNodeSettings s = getSettings();
        ForecastSpec spec = new ForecastSpec();
        spec.model = s.model;
        spec.seriesColumn = s.seriesColumn;
        spec.timeColumn = s.timeColumn;
        spec.valueColumn = s.valueColumn;
        spec.horizon = s.h;
        spec.dt = s.dt;
        SparkPlan plan = ((SparkDataFramePortObject) inObjects[0]).getPlan().then(SparkPlan.Step.forecasting(spec));
        return new PortObject[] {new SparkDataFramePortObject(plan, SPEC)};
    }
}
