package org.spikeflow.spark.job;

import java.io.PrintStream;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.spikeflow.spark.SparkProtocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the protocol's events, one JSON object per line. */
final class Events {
    private final PrintStream out;

    Events(PrintStream out) {
        this.out = out;
    }

    private ObjectNode event(String kind) {
        return SparkProtocol.JSON.createObjectNode().put(SparkProtocol.EVENT, kind);
    }

    private synchronized void emit(ObjectNode event) {
        out.println(event.toString());
        out.flush();
    }

    void started(String version, String master, int parallelism) {
        emit(event(SparkProtocol.STARTED).put("spark", version).put("master", master).put("parallelism",
                parallelism));
    }

    void progress(double fraction, String message) {
        emit(event(SparkProtocol.PROGRESS).put("fraction", fraction).put("message", message));
    }

    void done(long rows, StructType schema, double seconds, String path) {
        ObjectNode done = event(SparkProtocol.DONE).put("rows", rows).put("seconds", seconds).put("path", path);
        ArrayNode columns = done.putArray("columns");
        for (StructField field : schema.fields()) {
            columns.addObject().put("name", field.name()).put("type", field.dataType().typeName());
        }
        emit(done);
    }

    void failed(String message) {
        emit(event(SparkProtocol.FAILED).put("message", message));
    }

    void cancelled() {
        emit(event(SparkProtocol.CANCELLED));
    }
}
