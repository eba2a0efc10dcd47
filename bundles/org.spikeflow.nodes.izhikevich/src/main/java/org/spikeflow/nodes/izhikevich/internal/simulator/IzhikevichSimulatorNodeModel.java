package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.data.IntColumn;
import org.spikeflow.core.data.StringColumn;
import org.spikeflow.core.data.TraceColumns;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.NeuronSummary;
import org.spikeflow.izhikevich.Population;
import org.spikeflow.izhikevich.PopulationResult;
import org.spikeflow.izhikevich.PopulationSimulation;
import org.spikeflow.izhikevich.TraceData;
import org.spikeflow.izhikevich.TraceVariable;
import org.spikeflow.izhikevich.protocol.MeasurementNoise;

/**
 * Simulates one Izhikevich neuron (from a preset or the custom parameters) or a population (one neuron per row of the
 * parameter table) with the library's population engine, and returns traces, spikes and a per-neuron summary.
 */
public class IzhikevichSimulatorNodeModel extends NodeModel<IzhikevichSimulatorNodeSettings> {
    public static final String TIME = TraceColumns.TIME;
    public static final String V = TraceColumns.MEMBRANE_POTENTIAL;
    public static final String NEURON = "Neuron";
    public static final String U = "u";
    public static final String CURRENT = "I (pA)";
    public static final String SPIKE_TIME = "Spike time (ms)";
    public static final String SPIKE_COUNT = "Spike count";
    public static final String RATE = "Firing rate (Hz)";
    public static final String LATENCY = "First spike latency (ms)";
    public static final String ISI_MEAN = "ISI mean (ms)";
    public static final String ISI_CV = "ISI CV";
    public static final String BURSTS = "Burst count";
    public static final String FINAL_V = "Final v (mV)";
    public static final String FINAL_U = "Final u";
    public static final String LABEL = "Label";

    static final DataTableSpec SPIKE_SPEC = DataTableSpec.of(NEURON, DataType.INT, SPIKE_TIME, DataType.DOUBLE);
    static final DataTableSpec SUMMARY_SPEC = DataTableSpec.of(NEURON, DataType.INT, LABEL, DataType.STRING,
            SPIKE_COUNT, DataType.INT, RATE, DataType.DOUBLE, LATENCY, DataType.DOUBLE, ISI_MEAN, DataType.DOUBLE,
            ISI_CV, DataType.DOUBLE, BURSTS, DataType.INT, FINAL_V, DataType.DOUBLE, FINAL_U, DataType.DOUBLE,
            "a", DataType.DOUBLE, "b", DataType.DOUBLE, "c", DataType.DOUBLE, "d", DataType.DOUBLE, "I",
            DataType.DOUBLE, "k2", DataType.DOUBLE, "k1", DataType.DOUBLE, "k0", DataType.DOUBLE, "v0",
            DataType.DOUBLE, "u0", DataType.DOUBLE);

    public IzhikevichSimulatorNodeModel() {
        super(new PortType[] {DataTable.TYPE_OPTIONAL, DataTable.TYPE_OPTIONAL},
                new PortType[] {DataTable.TYPE, DataTable.TYPE, DataTable.TYPE}, IzhikevichSimulatorNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SimulationSetup setup = SimulationSetup.resolve(getSettings());
        checkGrid(setup);
        DataTableSpec parameters = (DataTableSpec) inSpecs[0];
        if (getSettings().model != NeuronModelOption.IZHIKEVICH && (parameters != null || inSpecs[1] != null)) {
            throw new InvalidSettingsException("Setting 'model' is " + getSettings().model.name().toLowerCase(
                    java.util.Locale.ROOT) + ", which simulates one neuron from rest: disconnect the parameter table"
                    + " and the initial state (population runs are for the Izhikevich model)");
        }
        if (parameters != null) {
            NeuronTable.checkSpec(parameters);
        }
        if (inSpecs[1] != null) {
            InitialState.checkSpec((DataTableSpec) inSpecs[1]);
        }
        return new PortObjectSpec[] {traceSpec(parameters != null), SPIKE_SPEC, SUMMARY_SPEC};
    }

    /** Reports a time grid the scheme cannot use (e.g. the seed scheme with duration < dt) before anything runs. */
    private static void checkGrid(SimulationSetup setup) throws InvalidSettingsException {
        try {
            PopulationSimulation.builder(Population.builder(1).build()).duration(setup.duration()).dt(setup.dt())
                    .scheme(setup.scheme()).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Settings 'duration' and 'dt': " + e.getMessage(), e);
        }
    }

    /** Time and v first (single_neuron.py's columns), then Neuron for population runs, then u and I when recorded. */
    private DataTableSpec traceSpec(boolean population) {
        RecordingSettings rec = getSettings().recording;
        List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(new DataColumnSpec(TIME, DataType.DOUBLE));
        columns.add(new DataColumnSpec(V, DataType.DOUBLE));
        if (population) {
            columns.add(new DataColumnSpec(NEURON, DataType.INT));
        }
        if (rec.u) {
            columns.add(new DataColumnSpec(U, DataType.DOUBLE));
        }
        if (rec.current) {
            columns.add(new DataColumnSpec(CURRENT, DataType.DOUBLE));
        }
        return new DataTableSpec(columns);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        IzhikevichSimulatorNodeSettings s = getSettings();
        SimulationSetup setup = SimulationSetup.resolve(s);
        if (s.model != NeuronModelOption.IZHIKEVICH) {
            exec.setProgress(0, "Simulating one " + s.model + " neuron (dt " + setup.dt() + " ms, " + setup.duration()
                    + " ms)");
            return OtherModelRun.run(s, setup, traceSpec(false));
        }
        DataTable parameterTable = (DataTable) inObjects[0];
        NeuronTable neurons = parameterTable == null
                ? NeuronTable.single(setup)
                : NeuronTable.read(parameterTable, setup, s.labelColumn);
        if (inObjects[1] != null) {
            InitialState.apply((DataTable) inObjects[1], neurons);
        }
        DataTableSpec traceSpec = traceSpec(neurons.population);
        int bytesPerSample = 8 * (traceSpec.getNumColumns() - (neurons.population ? 1 : 0))
                + (neurons.population ? 4 : 0);
        int threads = neurons.size == 1 ? 1 : s.threads > 0 ? s.threads : exec.getMaxThreads();
        exec.setProgress(0, "Simulating " + neurons.size + (neurons.size == 1 ? " neuron" : " neurons") + " ("
                + setup.scheme().id() + ", dt " + setup.dt() + " ms, " + setup.duration() + " ms)");
        PopulationRun run = PopulationRun.run(neurons, setup, s.recording, threads, bytesPerSample, exec);
        exec.setProgress(1, "Building the output tables");
        DataTable traces = traceTable(run, traceSpec, s.timeOffset,
                new MeasurementNoise(s.measurementNoise, s.measurementSeed));
        DataTable spikes = spikeTable(run, s.recording.spikeTimes, s.timeOffset);
        DataTable summary = summaryTable(run, setup.duration());
        return new PortObject[] {traces, spikes, summary};
    }

    private static DataTable traceTable(PopulationRun run, DataTableSpec spec, double timeOffset,
            MeasurementNoise noise) {
        if (run.traced == null) {
            return DataTable.empty(spec);
        }
        int samples = run.samplesPerTrace;
        int rows = run.traced.length * samples;
        boolean population = spec.containsColumn(NEURON);
        boolean withU = spec.containsColumn(U);
        boolean withI = spec.containsColumn(CURRENT);
        double[] time = new double[rows];
        double[] v = new double[rows];
        int[] neuron = population ? new int[rows] : null;
        double[] u = withU ? new double[rows] : null;
        double[] current = withI ? new double[rows] : null;
        double[] times = null;
        int offset = 0;
        for (int neuronIndex : run.traced) {
            PopulationRun.Group group = run.group(neuronIndex);
            TraceData data = group.result.traces().orElseThrow();
            if (times == null) {
                times = data.times();
                if (timeOffset != 0) {
                    for (int k = 0; k < times.length; k++) {
                        times[k] = times[k] + timeOffset;
                    }
                }
            }
            int row = data.rowOf(run.local(neuronIndex));
            System.arraycopy(times, 0, time, offset, samples);
            System.arraycopy(data.series(TraceVariable.V, row), 0, v, offset, samples);
            noise.addTo(v, offset, samples, neuronIndex);
            if (neuron != null) {
                java.util.Arrays.fill(neuron, offset, offset + samples, neuronIndex);
            }
            if (u != null) {
                System.arraycopy(data.series(TraceVariable.U, row), 0, u, offset, samples);
            }
            if (current != null) {
                System.arraycopy(data.series(TraceVariable.I, row), 0, current, offset, samples);
            }
            offset += samples;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(DoubleColumn.of(time));
        columns.add(DoubleColumn.of(v));
        if (neuron != null) {
            columns.add(IntColumn.of(neuron));
        }
        if (u != null) {
            columns.add(DoubleColumn.of(u));
        }
        if (current != null) {
            columns.add(DoubleColumn.of(current));
        }
        return new DataTable(spec, columns);
    }

    private static DataTable spikeTable(PopulationRun run, boolean record, double timeOffset) {
        if (!record) {
            return DataTable.empty(SPIKE_SPEC);
        }
        long total = 0;
        for (PopulationRun.Group group : run.groups) {
            total += group.result.totalSpikes();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("The run fired " + total + " spikes, more than a table can hold; turn"
                    + " 'recording.spikeTimes' off (the summary still counts them)");
        }
        int[] neuron = new int[(int) total];
        double[] time = new double[(int) total];
        int row = 0;
        List<double[]> allTimes = new ArrayList<>();
        List<int[]> allOffsets = new ArrayList<>();
        for (PopulationRun.Group group : run.groups) {
            allTimes.add(group.result.allSpikeTimes());
            allOffsets.add(group.result.spikeTimeOffsets());
        }
        for (int i = 0; i < run.neurons.size; i++) {
            int g = run.groupIndex(i);
            double[] times = allTimes.get(g);
            int[] offsets = allOffsets.get(g);
            int local = run.local(i);
            for (int k = offsets[local]; k < offsets[local + 1]; k++) {
                neuron[row] = i;
                time[row] = times[k] + timeOffset;
                row++;
            }
        }
        return new DataTable(SPIKE_SPEC, IntColumn.of(neuron), DoubleColumn.of(time));
    }

    private static DataTable summaryTable(PopulationRun run, double duration) {
        NeuronTable t = run.neurons;
        int n = t.size;
        int[] neuron = new int[n];
        String[] label = new String[n];
        int[] spikes = new int[n];
        int[] bursts = new int[n];
        double[][] values = new double[16][n];
        for (int i = 0; i < n; i++) {
            PopulationRun.Group group = run.group(i);
            PopulationResult result = group.result;
            int local = run.local(i);
            neuron[i] = i;
            label[i] = t.label(i);
            if (result.hasSummary()) {
                NeuronSummary summary = result.summary(local);
                spikes[i] = summary.spikes();
                bursts[i] = summary.bursts();
                values[0][i] = summary.rateHz();
                values[1][i] = summary.firstSpikeLatency();
                values[2][i] = summary.isiMean();
                values[3][i] = summary.isiCv();
            } else { // statistics off: counts and rates only (the rate as NeuronSummary computes it)
                spikes[i] = result.spikeCount(local);
                values[0][i] = duration > 0 ? spikes[i] / (duration / 1000.0) : Double.NaN;
                values[1][i] = Double.NaN;
                values[2][i] = Double.NaN;
                values[3][i] = Double.NaN;
            }
            values[4][i] = group.finalV[local];
            values[5][i] = group.finalU[local];
            values[6][i] = t.a[i];
            values[7][i] = t.b[i];
            values[8][i] = t.c[i];
            values[9][i] = t.d[i];
            values[10][i] = t.current[i];
            values[11][i] = t.k2(i);
            values[12][i] = t.k1(i);
            values[13][i] = t.k0(i);
            values[14][i] = t.v0[i];
            values[15][i] = t.u0(i);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(IntColumn.of(neuron));
        columns.add(StringColumn.of(label));
        columns.add(IntColumn.of(spikes));
        for (int k = 0; k < 4; k++) {
            columns.add(DoubleColumn.of(values[k]));
        }
        if (n > 0 && !run.group(0).result.hasSummary()) {
            IntColumn.Builder missing = new IntColumn.Builder(n);
            for (int i = 0; i < n; i++) {
                missing.appendMissing();
            }
            columns.add(missing.build());
        } else {
            columns.add(IntColumn.of(bursts));
        }
        for (int k = 4; k < 16; k++) {
            columns.add(DoubleColumn.of(values[k]));
        }
        return new DataTable(SUMMARY_SPEC, columns);
    }
}
