package org.spikeflow.core.tests.node;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.ExecutionMonitor;
import org.spikeflow.core.node.NodeLogger;

/** {@link ExecutionMonitor} and {@link ExecutionContext}: progress, sub-progress, messages and cancellation. */
class ExecutionMonitorTest {

    private static final double EPS = 1e-12;

    /** What the listener was told, as "progress message" lines. */
    private final List<String> reports = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final AtomicBoolean canceled = new AtomicBoolean();
    private final ExecutionMonitor root = new ExecutionMonitor((progress, message) -> {
        values.add(progress);
        reports.add(progress + " " + message);
    }, canceled);

    private double lastReported() {
        return values.get(values.size() - 1);
    }

    @Test
    void progressIsClampedToZeroToOne() {
        root.setProgress(1.5);
        assertEquals(1.0, root.getProgress());
        root.setProgress(-0.2);
        assertEquals(0.0, root.getProgress());
        root.setProgress(0.3);
        assertEquals(0.3, root.getProgress());
        assertEquals(List.of(1.0, 0.0, 0.3), values);
    }

    @Test
    void listenerReceivesProgressAndMessages() {
        root.setProgress(0.3, "Loading");
        root.setProgress(0.4);
        root.setMessage("Writing");
        assertEquals(List.of("0.3 Loading", "0.4 Loading", "0.4 Writing"), reports);
        assertEquals("Writing", root.getMessage());
    }

    @Test
    void subProgressMapsOntoItsShareOfTheParent() {
        root.setProgress(0.2);
        ExecutionMonitor sub = root.createSubProgress(0.5);
        sub.setProgress(0.5);
        assertEquals(0.45, root.getProgress(), EPS);
        assertEquals(0.45, lastReported(), EPS);
        assertEquals(0.5, sub.getProgress());
        sub.setProgress(1.0, "half done");
        assertEquals(0.7, root.getProgress(), EPS);
        assertTrue(reports.get(reports.size() - 1).endsWith(" half done"), "sub messages reach the listener");

        ExecutionMonitor next = root.createSubProgress(0.3); // starts where the parent is now
        next.setProgress(1.0);
        assertEquals(1.0, root.getProgress(), EPS);
    }

    @Test
    void nestedSubProgressAndOversizedShares() {
        ExecutionMonitor half = root.createSubProgress(0.5);
        ExecutionMonitor quarter = half.createSubProgress(0.5);
        quarter.setProgress(1.0);
        assertEquals(0.5, half.getProgress(), EPS);
        assertEquals(0.25, root.getProgress(), EPS);

        root.setProgress(0.2);
        ExecutionMonitor tooBig = root.createSubProgress(2.0); // clamped to a share of 1
        tooBig.setProgress(0.5);
        assertEquals(0.7, root.getProgress(), EPS);
        tooBig.setProgress(1.0);
        assertEquals(1.0, root.getProgress(), EPS, "never past 1");

        root.setProgress(0.4);
        ExecutionMonitor negative = root.createSubProgress(-1); // clamped to a share of 0
        negative.setProgress(1.0);
        assertEquals(0.4, root.getProgress(), EPS);
    }

    @Test
    void checkCanceledThrowsOnceTheFlagIsSet() throws Exception {
        ExecutionMonitor sub = root.createSubProgress(0.5);
        assertDoesNotThrow(root::checkCanceled);
        assertFalse(root.isCanceled());
        canceled.set(true);
        assertTrue(root.isCanceled());
        assertTrue(sub.isCanceled(), "sub monitors share the flag");
        CanceledExecutionException e = assertThrows(CanceledExecutionException.class, root::checkCanceled);
        assertEquals("Execution was cancelled", e.getMessage());
        assertThrows(CanceledExecutionException.class, sub::checkCanceled);
    }

    @Test
    void aMonitorWithoutListenerStillTracksProgress() {
        ExecutionMonitor quiet = new ExecutionMonitor(null, new AtomicBoolean());
        quiet.setProgress(0.6, "x");
        assertEquals(0.6, quiet.getProgress());
        assertEquals("x", quiet.getMessage());
    }

    @Test
    void executionContextResolvesPathsAndSharesItsSetupWithSubContexts() throws Exception {
        Path workflow = Path.of("/data/workflows/sim");
        Path output = Path.of("/data/out");
        List<Path> written = new ArrayList<>();
        NodeLogger logger = NodeLogger.forSource("node 1");
        ExecutionContext exec = new ExecutionContext((p, m) -> values.add(p), canceled, logger, workflow, output, 0,
                written::add);
        assertEquals(1, exec.getMaxThreads(), "at least one thread");
        assertSame(logger, exec.getLogger());
        assertEquals(Path.of("/data/workflows/sim/data/cells.csv"), exec.resolveInput("data/cells.csv"));
        assertEquals(Path.of("/data/workflows/sim/shared.csv"), exec.resolveInput("data/../shared.csv"));
        // confined: inputs stay in the workflow's folder (the policy's own tests cover the rules)
        assertThrows(PathNotAllowedException.class, () -> exec.resolveInput("../shared.csv"));
        assertThrows(PathNotAllowedException.class, () -> exec.resolveInput("/elsewhere/x.csv"));
        assertThrows(PathNotAllowedException.class, () -> exec.resolveOutput("/data/workflows/sim/x.csv"));
        assertEquals(Path.of("/data/out/result.csv"), exec.resolveOutput("./result.csv"));
        exec.fileWritten(Path.of("/data/out/result.csv"));
        assertEquals(List.of(Path.of("/data/out/result.csv")), written);

        exec.setProgress(0.5);
        ExecutionContext sub = exec.createSubExecutionContext(0.5);
        assertSame(logger, sub.getLogger());
        assertEquals(workflow, sub.getWorkflowDirectory());
        assertEquals(output, sub.getOutputDirectory());
        assertEquals(1, sub.getMaxThreads());
        sub.setProgress(0.5);
        assertEquals(0.75, exec.getProgress(), EPS);
        assertEquals(0.75, lastReported(), EPS);
        sub.fileWritten(Path.of("/data/out/more.csv"));
        assertEquals(2, written.size());
        canceled.set(true);
        assertThrows(CanceledExecutionException.class, sub::checkCanceled);

        ExecutionContext noRecorder = new ExecutionContext(null, new AtomicBoolean(), logger, workflow, output, 4,
                null);
        assertDoesNotThrow(() -> noRecorder.fileWritten(Path.of("x")));
        assertEquals(4, noRecorder.getMaxThreads());
        assertNull(noRecorder.getMessage());
    }

    @Test
    void loggerSendsLinesToItsSink() {
        List<String> lines = new ArrayList<>();
        NodeLogger logger = new NodeLogger("Scale #3", (level, source, message, error) -> lines.add(level + " "
                + source + ": " + message + (error == null ? "" : " (" + error.getMessage() + ")")));
        logger.debug(() -> "lazy");
        logger.info("started");
        logger.warn("2 missing values");
        logger.error("failed", new IllegalStateException("boom"));
        assertEquals(List.of("DEBUG Scale #3: lazy", "INFO Scale #3: started", "WARN Scale #3: 2 missing values",
                "ERROR Scale #3: failed (boom)"), lines);
    }
}
