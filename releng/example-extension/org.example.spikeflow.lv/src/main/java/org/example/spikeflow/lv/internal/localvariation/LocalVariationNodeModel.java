package org.example.spikeflow.lv.internal.localvariation;

import java.util.Arrays;

import org.example.spikeflow.lv.LocalVariation;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/** One row per neuron of the spike table: its spike count and the local variation of its spike train. */
public class LocalVariationNodeModel extends NodeModel<LocalVariationNodeSettings> {

    static final DataTableSpec OUTPUT = DataTableSpec.of("Neuron", DataType.INT, "Spike count", DataType.INT,
            "Local variation", DataType.DOUBLE);

    private static final String INPUT = "spike table (input 0)";

    public LocalVariationNodeModel() {
        super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, LocalVariationNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[0] instanceof DataTableSpec spikes) {
            try {
                spikes.requireColumn(getSettings().neuronColumn, INPUT, DataType.INT, DataType.LONG, DataType.DOUBLE);
                spikes.requireColumn(getSettings().timeColumn, INPUT, DataType.INT, DataType.LONG, DataType.DOUBLE);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage());
            }
        }
        return new PortObjectSpec[] {OUTPUT};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable spikes = (DataTable) inObjects[0];
        DoubleColumn neurons = spikes.getDoubleColumn(getSettings().neuronColumn);
        DoubleColumn times = spikes.getDoubleColumn(getSettings().timeColumn);
        int rows = spikes.getRowCount();
        // Sort spikes by (neuron, time): the simulator writes them by time step, across neurons.
        Integer[] order = new Integer[rows];
        for (int r = 0; r < rows; r++) {
            double neuron = neurons.get(r);
            if (!(neuron >= 0 && neuron == Math.rint(neuron) && neuron <= Integer.MAX_VALUE)) {
                throw new InvalidSettingsException("Column '" + getSettings().neuronColumn + "' of the " + INPUT
                        + " is " + neuron + " at row " + r + "; neurons are whole numbers from 0");
            }
            if (!Double.isFinite(times.get(r))) {
                throw new InvalidSettingsException("Column '" + getSettings().timeColumn + "' of the " + INPUT
                        + " is not a finite number at row " + r);
            }
            order[r] = r;
        }
        Arrays.sort(order, (x, y) -> neurons.get(x) != neurons.get(y) ? Double.compare(neurons.get(x),
                neurons.get(y)) : Double.compare(times.get(x), times.get(y)));
        double[] sortedTimes = new double[rows];
        for (int i = 0; i < rows; i++) {
            sortedTimes[i] = times.get(order[i]);
        }
        DataTableBuilder out = new DataTableBuilder(OUTPUT);
        int start = 0;
        for (int i = 1; i <= rows; i++) {
            if (i == rows || neurons.get(order[i]) != neurons.get(order[start])) {
                exec.checkCanceled();
                out.appendRow((int) neurons.get(order[start]), i - start,
                        LocalVariation.of(sortedTimes, start, i));
                start = i;
            }
        }
        return new PortObject[] {out.build()};
    }
}
