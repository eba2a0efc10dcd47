/** The Spark ports: a Spark context (the cluster) and a Spark DataFrame (a lazy plan run by a driver process). */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.nodes.spark;
