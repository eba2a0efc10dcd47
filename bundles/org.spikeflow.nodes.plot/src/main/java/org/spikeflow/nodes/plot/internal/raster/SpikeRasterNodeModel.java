package org.spikeflow.nodes.plot.internal.raster;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.common.PlotNodeModel;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.SpikeRasterChart;

/** A population raster from the simulator's spike table, drawn pixel by pixel (fine for 10^5 neurons). */
public class SpikeRasterNodeModel extends PlotNodeModel<SpikeRasterNodeSettings> {
    static final String SPIKES = "spike table (input 0)";

    public SpikeRasterNodeModel() {
        super(SpikeRasterNodeSettings.class, TableInput.required(SPIKES));
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        SpikeRasterNodeSettings s = getSettings();
        if (in[0] != null) {
            DataTableSpec spikes = in[0];
            ColumnChecks.requireNumeric(spikes, SPIKES, s.neuronColumn, "neuron column");
            ColumnChecks.requireNumeric(spikes, SPIKES, s.timeColumn, "spike time column");
        }
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        SpikeRasterNodeSettings s = getSettings();
        DataTable spikes = in[0];
        int n = spikes.getRowCount();
        DoubleColumn neuron = spikes.getDoubleColumn(s.neuronColumn);
        DoubleColumn time = spikes.getDoubleColumn(s.timeColumn);
        float[] times = new float[n];
        float[] neurons = new float[n];
        double maxNeuron = 0;
        double maxTime = s.tStart;
        for (int r = 0; r < n; r++) {
            double id = neuron.get(r);
            double t = time.get(r);
            if (!Double.isFinite(id) || id < 0 || id != Math.rint(id)) {
                throw new InvalidSettingsException("Column '" + s.neuronColumn + "' of the " + SPIKES + " is "
                        + (Double.isNaN(id) ? "NaN or missing" : String.valueOf(id)) + " at row " + r
                        + "; neuron indices are whole numbers from 0");
            }
            if (!Double.isFinite(t)) {
                throw new InvalidSettingsException("Column '" + s.timeColumn + "' of the " + SPIKES + " is "
                        + (Double.isNaN(t) ? "NaN or missing" : String.valueOf(t)) + " at row " + r
                        + "; plots need finite numbers");
            }
            times[r] = (float) t;
            neurons[r] = (float) id;
            maxNeuron = Math.max(maxNeuron, id);
            maxTime = Math.max(maxTime, t);
        }
        int count = s.neuronCount > 0 ? s.neuronCount : (int) maxNeuron + 1;
        double end = s.tEnd > 0 ? s.tEnd : maxTime;
        if (!(end > s.tStart)) {
            end = s.tStart + 1;
        }
        String subtitle = String.format(java.util.Locale.ROOT, "%,d spikes of %,d neurons", n, count);
        return SpikeRasterChart.build(s.title, subtitle, times, neurons, count, s.tStart, end, TraceColumns.TIME,
                "Neuron");
    }
}
