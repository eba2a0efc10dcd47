package org.spikeflow.nodes.spark.internal.parquetwriter;

import org.spikeflow.core.node.ExecutionContext;

/** Dataset locations: URIs with a scheme (hdfs://, s3a://, file:) go to Spark as they are, paths via the policy. */
public final class ParquetPaths {
    private ParquetPaths() {
    }

    public static String resolve(String path, ExecutionContext exec) throws Exception {
        if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            return path;
        }
        return exec.resolveOutput(path).toAbsolutePath().toString();
    }

    public static String resolveInput(String path, ExecutionContext exec) throws Exception {
        if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            return path;
        }
        return exec.resolveInput(path).toAbsolutePath().toString();
    }
}
