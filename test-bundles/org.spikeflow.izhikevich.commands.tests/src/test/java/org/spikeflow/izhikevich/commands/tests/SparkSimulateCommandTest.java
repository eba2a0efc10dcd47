package org.spikeflow.izhikevich.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code spikeflow simulate --params P.csv --spark local[2]} against the same command without --spark: the spike file
 * must be the same, byte for byte. Runs one Spark job (a driver process) with the job jar and Spark's jars built by
 * releng/org.spikeflow.spark.job earlier in the reactor.
 */
class SparkSimulateCommandTest {
    private static final String SPARK_DIR = "spikeflow.spark.dir";
    private static CommandRunner application;

    @BeforeAll
    static void findApplicationAndSpark() throws Exception {
        application = CommandRunner.find("simulate");
        if (System.getProperty(SPARK_DIR) == null) {
            String base = System.getProperty("spikeflow.test.basedir", "");
            System.setProperty(SPARK_DIR, Path.of(base, "../../releng/org.spikeflow.spark.job/target/spark")
                    .toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void sparkWritesTheLocalCommandsSpikeFile(@TempDir Path dir) throws Exception {
        // 300 neurons around the regular spiking cell, with a row index column the command ignores
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder csv = new StringBuilder("i,a,b,c,d,I\n");
        for (int k = 0; k < 300; k++) {
            csv.append(k).append(',').append(0.02 + 0.08 * random.nextDouble()).append(',')
                    .append(0.2 + 0.05 * random.nextDouble()).append(',').append(-65 + 15 * random.nextDouble())
                    .append(',').append(2 + 6 * random.nextDouble()).append(',').append(15 * random.nextDouble())
                    .append('\n');
        }
        Path params = dir.resolve("params.csv");
        Files.writeString(params, csv);
        Path local = dir.resolve("local.csv");
        Path spark = dir.resolve("spark.csv");
        List<String> common = List.of("simulate", "--params", params.toString(), "--duration", "200", "--dt", "0.25",
                "--record", "spikes");

        CommandRunner.Result localRun = CommandRunner.run(application, concat(common, "--out",
                local.toString()));
        assertEquals(0, localRun.code(), localRun.err());
        CommandRunner.Result sparkRun = CommandRunner.run(application, concat(common, "--spark", "local[2]",
                "--out", spark.toString()));
        assertEquals(0, sparkRun.code(), sparkRun.err());

        List<String> expected = Files.readAllLines(local);
        assertEquals("i,t", expected.get(0));
        assertTrue(expected.size() > 300, "the neurons spike: " + expected.size() + " lines");
        assertEquals(expected, Files.readAllLines(spark));
        JsonNode summary = new ObjectMapper().readTree(sparkRun.out().strip());
        assertEquals("local[2]", summary.get("master").asText());
        assertEquals(expected.size() - 1, summary.get("rows").asLong());
        assertEquals("spikes", summary.get("record").asText());
    }

    private static String[] concat(List<String> head, String... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toArray(String[]::new);
    }
}
