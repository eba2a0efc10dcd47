package org.spikeflow.spark;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the driver process's pieces are: the job jar ({@value #JOB_JAR}: the Spark job code with the simulation and
 * forecasting libraries) and Spark's jars. Both live in the product's {@code spark/} folder (Spark's jars in
 * {@code spark/lib/}); {@value #SPARK_HOME_ENV} may name a Spark distribution whose {@code jars/} are used instead,
 * e.g. the one matching a cluster's Spark version or one with spark-yarn / spark-kubernetes.
 */
public record SparkInstallation(Path java, Path jobJar, Path sparkJars) {
    public static final String JOB_JAR = "spikeflow-spark-job.jar";
    /** system property: the folder holding the job jar and lib/ (default: the product's spark/ folder) */
    public static final String DIR_PROPERTY = "spikeflow.spark.dir";
    public static final String SPARK_HOME_ENV = "SPIKEFLOW_SPARK_HOME";

    /**
     * @throws IllegalStateException
     *             saying what is missing and where it was looked for
     */
    public static SparkInstallation locate() {
        String dirText = System.getProperty(DIR_PROPERTY);
        if (dirText == null) {
            String home = System.getProperty("spikeflow.home");
            if (home == null) {
                throw new IllegalStateException("Spark support cannot find its files: set the system property "
                        + DIR_PROPERTY + " to the folder holding " + JOB_JAR + " and lib/");
            }
            dirText = Path.of(home, "spark").toString();
        }
        Path dir = Path.of(dirText).toAbsolutePath();
        Path jobJar = dir.resolve(JOB_JAR);
        if (!Files.isRegularFile(jobJar)) {
            throw new IllegalStateException("Spark support is not installed: " + jobJar + " is missing (it is built"
                    + " by releng/org.spikeflow.spark.job)");
        }
        Path jars = dir.resolve("lib");
        String sparkHome = System.getenv(SPARK_HOME_ENV);
        if (sparkHome != null && !sparkHome.isBlank()) {
            jars = Path.of(sparkHome, "jars");
            if (!Files.isDirectory(jars)) {
                throw new IllegalStateException(SPARK_HOME_ENV + "=" + sparkHome + " has no jars/ folder: point it"
                        + " at an unpacked Spark 4 distribution");
            }
        } else if (!Files.isDirectory(jars)) {
            throw new IllegalStateException("Spark support is not installed: " + jars + " (Spark's jars) is missing");
        }
        return new SparkInstallation(Path.of(System.getProperty("java.home"), "bin", "java"), jobJar, jars);
    }
}
