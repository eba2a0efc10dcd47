/** The Spark ports: a Spark context (the cluster) and a Spark DataFrame (a lazy plan run by a driver process). */
package org.spikeflow.nodes.spark;
