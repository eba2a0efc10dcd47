package org.spikeflow.spark;

import java.util.List;

/**
 * What a finished job reports.
 *
 * @param rows
 *            rows written
 * @param columns
 *            the result's columns
 * @param seconds
 *            the job's wall time in the driver (Spark start-up excluded)
 * @param path
 *            the file or folder written
 */
public record SparkResult(long rows, List<SparkColumn> columns, double seconds, String path) {

    /** A result column: name and Spark SQL type name (long, int, double, string). */
    public record SparkColumn(String name, String type) {
    }
}
