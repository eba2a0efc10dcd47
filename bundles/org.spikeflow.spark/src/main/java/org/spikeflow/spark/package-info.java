/**
 * Spark support without Spark in the OSGi runtime: a {@link org.spikeflow.spark.SparkPlan} describes a DataFrame lazily
 * (where its rows come from and which steps transform them), and {@link org.spikeflow.spark.SparkDriver} runs a plan in
 * a separate JVM (the Spark driver, with Spark's jars and the Spikeflow job jar on its class path), talking JSON lines
 * over the process's stdin and stdout. The classes of this package are plain Java plus Jackson, so the job jar ships
 * them too and both sides share one definition of the protocol.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.spark;
