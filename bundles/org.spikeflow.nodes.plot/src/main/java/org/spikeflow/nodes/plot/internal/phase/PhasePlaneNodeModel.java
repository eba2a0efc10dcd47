package org.spikeflow.nodes.plot.internal.phase;

import java.util.Locale;
import java.util.Map;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Recovery;
import org.spikeflow.izhikevich.analysis.PhasePlane;
import org.spikeflow.nodes.plot.internal.common.Columns;
import org.spikeflow.nodes.plot.internal.common.PlotNodeModel;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.PhasePlaneChart;

/**
 * The (v, u) trajectory of one neuron with both nullclines and the spike cutoff. The parameters come from the settings,
 * or from the simulator's summary table (input 1: columns b, c, I, k2, k1, k0) for the chosen neuron.
 */
public class PhasePlaneNodeModel extends PlotNodeModel<PhasePlaneNodeSettings> {
    static final String TRACES = "traces table (input 0)";
    static final String PARAMETERS = "parameter table (input 1)";
    static final String[] PARAMETER_COLUMNS = {"b", "c", "I", "k2", "k1", "k0"};

    public PhasePlaneNodeModel() {
        super(PhasePlaneNodeSettings.class, TableInput.required(TRACES), TableInput.optional(PARAMETERS));
    }

    @Override
    protected int[] defaultSize() {
        return new int[] {1000, 900};
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        PhasePlaneNodeSettings s = getSettings();
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], TRACES, s.timeColumn, "time column");
            ColumnChecks.requireNumeric(in[0], TRACES, s.vColumn, "v column");
            ColumnChecks.requireNumeric(in[0], TRACES, s.uColumn, "u column");
        }
        if (in[1] != null) {
            for (String c : new String[] {"b", "c", "I"}) {
                ColumnChecks.requireNumeric(in[1], PARAMETERS, c, "parameter column");
            }
        }
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        PhasePlaneNodeSettings s = getSettings();
        DataTable traces = in[0];
        DataTable params = in[1];
        Map<String, int[]> neurons = Columns.groups(traces, s.neuronColumn, TRACES);
        String key = s.neuron == null || s.neuron.isBlank() ? neurons.keySet().iterator().next() : s.neuron.trim();
        int[] rows = neurons.size() == 1 && neurons.containsKey("") ? neurons.get("") : neurons.get(key);
        if (rows == null) {
            throw new InvalidSettingsException("The " + TRACES + " has no neuron " + key + " (column '"
                    + s.neuronColumn + "'); its neurons: " + neurons.keySet());
        }
        rows = Columns.orderedBy(traces, TRACES, s.timeColumn, rows);
        double[] v = Columns.finite(traces, TRACES, s.vColumn, rows);
        double[] u = Columns.finite(traces, TRACES, s.uColumn, rows);
        double b = s.b;
        double c = s.c;
        double current = s.current;
        double k2 = s.k2;
        double k1 = s.k1;
        double k0 = s.k0;
        if (params != null) {
            Map<String, int[]> byNeuron = Columns.groups(params, s.neuronColumn, PARAMETERS);
            int[] prow = byNeuron.size() == 1 && byNeuron.containsKey("") ? byNeuron.get("") : byNeuron.get(key);
            if (prow == null || prow.length == 0) {
                throw new InvalidSettingsException("The " + PARAMETERS + " has no row for neuron " + key
                        + " (column '" + s.neuronColumn + "')");
            }
            int[] one = {prow[0]};
            b = Columns.finite(params, PARAMETERS, "b", one)[0];
            c = Columns.finite(params, PARAMETERS, "c", one)[0];
            current = Columns.finite(params, PARAMETERS, "I", one)[0];
            k2 = optional(params, "k2", one, k2);
            k1 = optional(params, "k1", one, k1);
            k0 = optional(params, "k0", one, k0);
        }
        String subtitle = String.format(java.util.Locale.ROOT,
                "b = %s, c = %s mV, I = %s pA; v' = %s·v² + %s·v + %s − u + I",
                num(b), num(c), num(current), num(k2), num(k1), num(k0));
        NeuronParameters neuron = NeuronParameters.builder().b(b).c(c).quadratic(k2, k1, k0).vPeak(s.vPeak)
                .recovery(Recovery.valueOf(s.recovery.toUpperCase(Locale.ROOT))).build();
        double input = current;
        return PhasePlaneChart.build(s.title, subtitle, v, u, c, s.vPeak, (vMin, vMax, points) -> {
            PhasePlane.Nullclines n = PhasePlane.nullclines(neuron, input, vMin, vMax, points);
            return new PhasePlaneChart.Nullclines(n.v(), n.vNullcline(), n.uNullcline(),
                    PhasePlane.verticalUNullcline(neuron));
        }, s.vColumn, "u (recovery variable)");
    }

    private static double optional(DataTable t, String column, int[] row, double fallback)
            throws InvalidSettingsException {
        return t.getSpec().containsColumn(column) ? Columns.finite(t, PARAMETERS, column, row)[0] : fallback;
    }

    static String num(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
