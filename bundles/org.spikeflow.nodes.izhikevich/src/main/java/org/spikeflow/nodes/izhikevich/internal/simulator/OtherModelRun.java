package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.NeuronSummary;
import org.spikeflow.izhikevich.models.AdEx;
import org.spikeflow.izhikevich.models.HodgkinHuxley;
import org.spikeflow.izhikevich.models.ModelRun;
import org.spikeflow.izhikevich.protocol.CurrentSource;
import org.spikeflow.izhikevich.protocol.MeasurementNoise;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * A single-neuron run of a model other than Izhikevich (AdEx, Hodgkin–Huxley), returned in the Izhikevich simulator's
 * table layout: u is missing (these models have no u), the Izhikevich parameters in the summary are missing, I is the
 * constant current.
 */
final class OtherModelRun {

    /** The Brette &amp; Gerstner 2005 regular-spiking fit, beside the Naud et al. 2008 patterns. */
    static final String BRETTE_GERSTNER_2005 = "brette-gerstner-2005";

    private OtherModelRun() {
    }

    /** @return the AdEx parameter set a setting names: a Naud et al. 2008 pattern or brette-gerstner-2005 */
    static AdEx.Parameters adexParameters(String name) throws InvalidSettingsException {
        if (BRETTE_GERSTNER_2005.equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
            return AdEx.BRETTE_GERSTNER_2005;
        }
        try {
            return AdEx.Pattern.parse(name).parameters();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting 'adexParameters': " + e.getMessage() + " or "
                    + BRETTE_GERSTNER_2005);
        }
    }

    /** The input current: the constant plus the protocol's components. */
    private static Protocol input(SimulationSetup setup) {
        Protocol constant = Protocol.constant(setup.current());
        return setup.protocol() == null ? constant : Protocol.sum(constant, setup.protocol());
    }

    /** Runs the model and builds {traces, spikes, summary}. */
    static DataTable[] run(IzhikevichSimulatorNodeSettings s, SimulationSetup setup, DataTableSpec traceSpec)
            throws InvalidSettingsException {
        Protocol input = input(setup);
        ModelRun run = switch (s.model) {
            case ADEX -> AdEx.simulate(adexParameters(s.adexParameters), input, setup.duration(), setup.dt());
            case HODGKIN_HUXLEY -> HodgkinHuxley.simulate(input, setup.duration(), setup.dt());
            case IZHIKEVICH -> throw new IllegalStateException("the Izhikevich model runs in the population engine");
        };
        return new DataTable[] {traces(run, input, s, setup.dt(), traceSpec), spikes(run, s),
                summary(run, s, setup)};
    }

    private static DataTable traces(ModelRun run, Protocol input, IzhikevichSimulatorNodeSettings s, double dt,
            DataTableSpec spec) {
        RecordingSettings rec = s.recording;
        if (!rec.trace) {
            return DataTable.empty(spec);
        }
        double[] times = run.times();
        double[] voltage = run.voltage();
        int rows = (times.length - 1) / rec.decimation + 1;
        double[] time = new double[rows];
        double[] v = new double[rows];
        double[] current = new double[rows];
        CurrentSource source = input.open(0, dt); // the stream the model saw (neuron 0)
        for (int r = 0; r < rows; r++) {
            int k = r * rec.decimation;
            time[r] = times[k] + s.timeOffset;
            v[r] = voltage[k];
        }
        for (int k = 0, r = 0; r < rows; k++) { // every step drawn, so that a stochastic input stays in step
            double i = source.current(k, k * dt);
            if (k == r * rec.decimation) {
                current[r++] = i;
            }
        }
        new MeasurementNoise(s.measurementNoise, s.measurementSeed).addTo(v, 0, rows, 0);
        List<Column> columns = new ArrayList<>(List.of(DoubleColumn.of(time), DoubleColumn.of(v)));
        if (spec.containsColumn(IzhikevichSimulatorNodeModel.U)) {
            double[] u = new double[rows];
            Arrays.fill(u, Double.NaN);
            columns.add(DoubleColumn.of(u));
        }
        if (spec.containsColumn(IzhikevichSimulatorNodeModel.CURRENT)) {
            columns.add(DoubleColumn.of(current));
        }
        return new DataTable(spec, columns);
    }

    private static DataTable spikes(ModelRun run, IzhikevichSimulatorNodeSettings s) {
        if (!s.recording.spikeTimes) {
            return DataTable.empty(IzhikevichSimulatorNodeModel.SPIKE_SPEC);
        }
        double[] times = run.spikeTimes();
        for (int k = 0; k < times.length; k++) {
            times[k] += s.timeOffset;
        }
        return new DataTable(IzhikevichSimulatorNodeModel.SPIKE_SPEC, IntColumn.of(new int[times.length]),
                DoubleColumn.of(times));
    }

    private static DataTable summary(ModelRun run, IzhikevichSimulatorNodeSettings s, SimulationSetup setup) {
        double[] spikeTimes = run.spikeTimes();
        NeuronSummary summary = NeuronSummary.of(spikeTimes, 0, spikeTimes.length, setup.duration(),
                s.recording.burstIsi, s.recording.burstSpikes);
        double[] voltage = run.voltage();
        String label = s.model == NeuronModelOption.ADEX ? "AdEx " + s.adexParameters : "Hodgkin-Huxley";
        List<Column> columns = new ArrayList<>();
        columns.add(IntColumn.of(new int[] {0}));
        columns.add(StringColumn.of(new String[] {label}));
        columns.add(IntColumn.of(new int[] {summary.spikes()}));
        for (double x : new double[] {summary.rateHz(), summary.firstSpikeLatency(), summary.isiMean(),
                summary.isiCv()}) {
            columns.add(DoubleColumn.of(new double[] {x}));
        }
        columns.add(IntColumn.of(new int[] {summary.bursts()}));
        columns.add(DoubleColumn.of(new double[] {voltage[voltage.length - 1]})); // final v
        columns.add(DoubleColumn.of(new double[] {Double.NaN})); // final u: no u in these models
        for (int k = 0; k < 4; k++) { // a, b, c, d: Izhikevich parameters
            columns.add(DoubleColumn.of(new double[] {Double.NaN}));
        }
        columns.add(DoubleColumn.of(new double[] {setup.current()}));
        for (int k = 0; k < 5; k++) { // k2, k1, k0, v0, u0
            columns.add(DoubleColumn.of(new double[] {Double.NaN}));
        }
        return new DataTable(IzhikevichSimulatorNodeModel.SUMMARY_SPEC, columns);
    }
}
