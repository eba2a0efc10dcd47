package org.example.spikeflow.lv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.example.spikeflow.lv.LocalVariation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.ExecutionResult;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.WorkflowManager;

/**
 * The metric against values worked out by hand and against the limits of Shinomoto et al. 2003 (regular 0, Poisson
 * 1), and the node inside Equinox: found by Spikeflow's node repository and run by its engine in a workflow.
 */
class LocalVariationTest {

    @Test
    void handWorkedTrain() {
        // intervals 10, 20, 30: 3/2 * (((10-20)/30)^2 + ((20-30)/50)^2) = 1.5 * (1/9 + 1/25) = 34/150
        assertEquals(34.0 / 150.0, LocalVariation.of(new double[] {0, 10, 30, 60}, 0, 4), 1e-15);
    }

    @Test
    void regularTrainIsZeroAndShortTrainsHaveNoValue() {
        assertEquals(0.0, LocalVariation.of(new double[] {5, 10, 15, 20, 25}, 0, 5), 0.0);
        assertTrue(Double.isNaN(LocalVariation.of(new double[] {1, 2}, 0, 2)));
        assertThrows(IllegalArgumentException.class, () -> LocalVariation.of(new double[] {0, 5, 5}, 0, 3));
    }

    @Test
    void poissonTrainIsNearOne() {
        // exponential intervals: E[((I1-I2)/(I1+I2))^2] = 1/3, so LV -> 1; sd of the mean over 20000 terms ~ 0.01
        Random random = new Random(7);
        double[] times = new double[20_001];
        for (int i = 1; i < times.length; i++) {
            times[i] = times[i - 1] - Math.log(1 - random.nextDouble()) * 25;
        }
        assertEquals(1.0, LocalVariation.of(times, 0, times.length), 0.05);
    }

    @Test
    void nodeRunsInAWorkflow(@TempDir Path dir) throws Exception {
        // neuron 0: the hand-worked train (unsorted, interleaved with neuron 1); neuron 1: regular; neuron 2: 2 spikes
        Files.writeString(dir.resolve("spikes.csv"), "Neuron,Spike time (ms)\n1,5\n0,30\n0,0\n1,10\n0,10\n2,3\n1,15\n"
                + "0,60\n2,9\n");
        Path workflow = dir.resolve("lv.spikeflow.json");
        try (var in = LocalVariationTest.class.getResourceAsStream("lv.spikeflow.json")) {
            Files.copy(in, workflow);
        }
        WorkflowManager manager = WorkflowManager.load(workflow, nodeRepository());
        ExecutionResult result = manager.executeAll(ExecutionOptions.defaults().withOutputDirectory(dir));
        assertTrue(result.success(), () -> "workflow failed: " + result.failures());
        List<String> lines = Files.readAllLines(dir.resolve("lv.csv"));
        assertEquals("Neuron,Spike count,Local variation", lines.get(0));
        assertEquals(4, lines.size(), () -> String.join("\n", lines));
        String[] neuron0 = lines.get(1).split(",");
        assertEquals("0", neuron0[0]);
        assertEquals("4", neuron0[1]);
        assertEquals(34.0 / 150.0, Double.parseDouble(neuron0[2]), 1e-12);
        assertEquals(0.0, Double.parseDouble(lines.get(2).split(",")[2]), 0.0);
        assertTrue(lines.get(3).startsWith("2,2,"), lines.get(3)); // no LV for two spikes: the cell is missing
        manager.close();
    }

    private static NodeRepository nodeRepository() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(LocalVariationTest.class).getBundleContext();
        ServiceTracker<NodeRepository, NodeRepository> tracker = new ServiceTracker<>(context, NodeRepository.class,
                null);
        tracker.open();
        NodeRepository repository = tracker.waitForService(30_000);
        assertTrue(repository != null, "Spikeflow's node repository service");
        assertTrue(repository.find("org.example.spikeflow.lv.localvariation").isPresent(),
                "the node is registered");
        return repository;
    }
}
