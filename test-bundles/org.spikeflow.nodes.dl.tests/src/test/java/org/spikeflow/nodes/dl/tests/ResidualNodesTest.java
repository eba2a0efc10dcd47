package org.spikeflow.nodes.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.nodes.dl.tests.Harness.MODEL;
import static org.spikeflow.testing.NodeTesting.doubles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortTypeRegistry;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ValidationSummary;
import org.spikeflow.nodes.dl.LstmModelPortObject;
import org.spikeflow.nodes.dl.internal.corrector.ResidualCorrectorNodeFactory;
import org.spikeflow.nodes.dl.internal.reader.LstmModelReaderNodeFactory;
import org.spikeflow.nodes.dl.internal.trainer.LstmResidualTrainerNodeFactory;
import org.spikeflow.nodes.dl.internal.writer.LstmModelWriterNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** Trainer → corrector, writer → reader, errors and cancel, all through {@link Node}. */
class ResidualNodesTest {
    /** A tiny network so the suite stays fast. */
    static final String TRAINER = "{'lookback': 4, 'layers': 1, 'hiddenSize': 8, 'learningRate': 0.01,"
            + " 'batchSize': 16, 'epochs': 20, 'patience': 0, 'validationFraction': 0.25, 'seed': 5}";
    static final DataTable[] TRAIN = Harness.data(2, 4, 30, 1);
    static final DataTable[] UNSEEN = Harness.data(2, 1, 30, 77);
    static PortObject[] trained;

    @BeforeAll
    static void train(@TempDir Path folder) throws Exception {
        trained = Harness.run(NodeTesting.node(new LstmResidualTrainerNodeFactory(), TRAINER), folder, TRAIN[0],
                TRAIN[1], null, null);
    }

    static LstmModelPortObject model() {
        return (LstmModelPortObject) trained[0];
    }

    @Test
    void modelPortTypeIsRegistered() {
        assertSame(LstmModelPortObject.TYPE, PortTypeRegistry.getInstance().find("org.spikeflow.dl.lstm-model")
                .orElseThrow());
    }

    @Test
    void trainerOutputsTheModelAndItsHistory() {
        DataTable history = (DataTable) trained[1];
        assertEquals(List.of("Epoch", "Train loss", "Validation loss", "Time (s)"), history.getSpec().columnNames());
        assertEquals(20, history.getRowCount());
        double[] validation = doubles(history, "Validation loss");
        assertTrue(validation[19] < validation[0], "validation loss went down: " + validation[0] + " -> "
                + validation[19]);
        assertTrue(model().getModel().beatsIdentity(), model().summary());
        // 2 neurons × 4 forecasts = 8 forecasts (split at the time gaps); the latest 2 validate.
        assertEquals(6 * 30, model().getModel().trainingWindows());
    }

    @Test
    void correctorAddsCorrectedForecastAndShiftedBoundsThatAreCloserToTheActual(@TempDir Path folder)
            throws Exception {
        Node corrector = NodeTesting.node(new ResidualCorrectorNodeFactory(), null);
        DataTable out = (DataTable) Harness.run(corrector, folder, model(), UNSEEN[0], null)[0];
        assertEquals(List.of("Time (ms)", "Neuron", MODEL, MODEL + "-hi-80", MODEL + "-lo-80", MODEL + "-corrected",
                MODEL + "-corrected-hi-80", MODEL + "-corrected-lo-80"), out.getSpec().columnNames());
        assertNull(corrector.getWarningMessage());
        double[] base = doubles(out, MODEL);
        double[] corrected = doubles(out, MODEL + "-corrected");
        double[] actual = doubles(UNSEEN[1], Harness.VALUE);
        assertTrue(Harness.mae(corrected, actual) < 0.5 * Harness.mae(base, actual),
                Harness.mae(corrected, actual) + " vs " + Harness.mae(base, actual));
        double[] lo = doubles(out, MODEL + "-lo-80");
        double[] correctedLo = doubles(out, MODEL + "-corrected-lo-80");
        double[] correctedHi = doubles(out, MODEL + "-corrected-hi-80");
        for (int r = 0; r < base.length; r++) {
            double shift = corrected[r] - base[r];
            assertEquals(lo[r] + shift, correctedLo[r], 1e-9);
            assertEquals(corrected[r] + 3, correctedHi[r], 1e-9);
        }
    }

    @Test
    void writerAndReaderRoundTripTheModel(@TempDir Path folder) throws Exception {
        Harness.run(NodeTesting.node(new LstmModelWriterNodeFactory(), "{'path': 'models/residual.sflstm'}"), folder,
                model());
        assertTrue(Files.isRegularFile(folder.resolve("models/residual.sflstm")));
        Node reader = NodeTesting.node(new LstmModelReaderNodeFactory(), "{'path': 'models/residual.sflstm'}");
        reader.setWorkflowDirectory(folder);
        LstmModelPortObject read = (LstmModelPortObject) Harness.run(reader, folder)[0];
        assertEquals(model().getModel(), read.getModel());
        DataTable before = (DataTable) Harness.run(NodeTesting.node(new ResidualCorrectorNodeFactory(), null), folder,
                model(), UNSEEN[0], null)[0];
        DataTable after = (DataTable) Harness.run(NodeTesting.node(new ResidualCorrectorNodeFactory(), null), folder,
                read, UNSEEN[0], null)[0];
        assertArrayEquals(doubles(before, MODEL + "-corrected"), doubles(after, MODEL + "-corrected"), 0.0);

        Node noOverwrite = NodeTesting.node(new LstmModelWriterNodeFactory(),
                "{'path': 'models/residual.sflstm', 'overwrite': false}");
        Exception e = assertThrows(Exception.class, () -> Harness.run(noOverwrite, folder, model()));
        assertTrue(e.getMessage().contains("overwrite"), e.getMessage());
    }

    @Test
    void aModelThatDoesNotBeatTheIdentityWarnsAndFallsBack(@TempDir Path folder) throws Exception {
        ResidualModel m = model().getModel();
        ResidualModel worse = new ResidualModel(m.config(), m.normalisation(), m.parameters(), m.history(),
                new ValidationSummary(10, 2.0, 1.0, 2.5, 1.2), m.trainingWindows());
        Node fallBack = NodeTesting.node(new ResidualCorrectorNodeFactory(), null);
        DataTable identity = (DataTable) Harness.run(fallBack, folder, new LstmModelPortObject(worse), UNSEEN[0],
                null)[0];
        assertArrayEquals(doubles(identity, MODEL), doubles(identity, MODEL + "-corrected"), 0.0);
        // the fallback is what the node was asked to do: information, not a warning
        assertTrue(fallBack.getInfoMessage().contains("does not beat the identity"), fallBack.getInfoMessage());
        assertNull(fallBack.getWarningMessage());
        Node apply = NodeTesting.node(new ResidualCorrectorNodeFactory(), "{'fallBackToIdentity': false}");
        DataTable applied = (DataTable) Harness.run(apply, folder, new LstmModelPortObject(worse), UNSEEN[0],
                null)[0];
        assertTrue(apply.getWarningMessage().contains("applied anyway"), apply.getWarningMessage());
        assertNull(apply.getInfoMessage());
        assertTrue(Harness.mae(doubles(applied, MODEL), doubles(applied, MODEL + "-corrected")) > 0.1);
    }

    @Test
    void continuingTrainingExtendsTheHistory(@TempDir Path folder) throws Exception {
        Node trainer = NodeTesting.node(new LstmResidualTrainerNodeFactory(), TRAINER.replace("'epochs': 20",
                "'epochs': 2"));
        PortObject[] more = Harness.run(trainer, folder, TRAIN[0], TRAIN[1], model(), null);
        DataTable history = (DataTable) more[1];
        assertEquals(22, history.getRowCount());
        assertEquals(22, ((org.spikeflow.core.data.IntColumn) history.getColumn("Epoch")).toArray()[21]);
    }

    @Test
    void settingsComeFromFlowVariables(@TempDir Path folder) throws Exception {
        Node trainer = NodeTesting.node(new LstmResidualTrainerNodeFactory(), TRAINER);
        trainer.setVariableSetting("epochs", "epochCount");
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofInt("epochCount", 3)));
        PortObject[] out = Harness.run(trainer, Harness.context(folder, (p, m) -> {}, new AtomicBoolean()), stack,
                TRAIN[0], TRAIN[1], null, null);
        assertEquals(3, ((DataTable) out[1]).getRowCount());
    }

    @Test
    void contextIsUsedWhenTheModelAsksForIt(@TempDir Path folder) throws Exception {
        String settings = TRAINER.replace("'epochs': 20", "'epochs': 2, 'useContext': true");
        Exception missing = assertThrows(Exception.class, () -> Harness.run(NodeTesting.node(
                new LstmResidualTrainerNodeFactory(), settings), folder, TRAIN[0], TRAIN[1], null, null));
        assertTrue(missing.getMessage().contains("no context table is connected"), missing.getMessage());
        PortObject[] out = Harness.run(NodeTesting.node(new LstmResidualTrainerNodeFactory(), settings), folder,
                TRAIN[0], TRAIN[1], null, TRAIN[2]);
        assertTrue(((LstmModelPortObject) out[0]).getModel().config().useContext());
        DataTable corrected = (DataTable) Harness.run(NodeTesting.node(new ResidualCorrectorNodeFactory(), null),
                folder, out[0], UNSEEN[0], UNSEEN[2])[0];
        assertEquals(UNSEEN[0].getRowCount(), corrected.getRowCount());
    }

    @Test
    void nanInTheActualTableNamesTableRowAndColumn(@TempDir Path folder) throws Exception {
        DataTable bad = Harness.withValue(TRAIN[1], Harness.VALUE, 4, Double.NaN);
        Exception e = assertThrows(IllegalArgumentException.class, () -> Harness.run(NodeTesting.node(
                new LstmResidualTrainerNodeFactory(), TRAINER), folder, TRAIN[0], bad, null, null));
        assertEquals("The actual table, row 5: column 'Membrane Potential (mV)' is missing or NaN; every value must"
                + " be a finite number", e.getMessage());
    }

    @Test
    void actualTableShorterThanTheForecastNamesTheMissingRow(@TempDir Path folder) throws Exception {
        DataTable shorter = TRAIN[1].slice(0, TRAIN[1].getRowCount() - 1);
        Exception e = assertThrows(IllegalArgumentException.class, () -> Harness.run(NodeTesting.node(
                new LstmResidualTrainerNodeFactory(), TRAINER), folder, TRAIN[0], shorter, null, null));
        assertTrue(e.getMessage().startsWith("The actual table has no value for Neuron = 1 at time "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(base forecast table, row " + TRAIN[0].getRowCount() + ")"),
                e.getMessage());
    }

    @Test
    void tooLittleDataForTheWindowIsAClearError(@TempDir Path folder) throws Exception {
        DataTable[] tiny = Harness.data(1, 2, 5, 3);
        Exception e = assertThrows(IllegalArgumentException.class, () -> Harness.run(NodeTesting.node(
                new LstmResidualTrainerNodeFactory(), TRAINER.replace("'lookback': 4", "'lookback': 4,"
                        + " 'outputSteps': 8")),
                folder, tiny[0], tiny[1], null, null));
        assertTrue(e.getMessage().contains("has 5 forecast steps, fewer than the model's output steps (8)"),
                e.getMessage());
    }

    @Test
    void cancelDuringTrainingStopsTheNode(@TempDir Path folder) throws Exception {
        AtomicBoolean canceled = new AtomicBoolean();
        int[] epochs = new int[1];
        Node trainer = NodeTesting.node(new LstmResidualTrainerNodeFactory(), TRAINER.replace("'epochs': 20",
                "'epochs': 1000"));
        long started = System.nanoTime();
        assertThrows(CanceledExecutionException.class, () -> Harness.run(trainer, Harness.context(folder,
                (p, m) -> {
                    if (m != null && m.startsWith("Epoch")) {
                        epochs[0]++;
                        canceled.set(true);
                    }
                }, canceled), FlowObjectStack.empty(), TRAIN[0], TRAIN[1], null, null));
        assertEquals(1, epochs[0]);
        assertTrue((System.nanoTime() - started) / 1e9 < 30, "stopped promptly");
    }
}
