package org.spikeflow.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.PathPolicy.Kind;

/** Cluster storage (hdfs://, s3a://) named in a workflow file is used only under a location the user allowed. */
class ClusterStorageLocationTest {

    @TempDir
    Path folder;

    private PathPolicy allowing(String... locations) {
        return new PathPolicy(folder, folder, List.of(), List.of(locations).stream().map(URI::create).toList());
    }

    @Test
    void withoutAGrantEveryClusterLocationIsRefusedAndTheMessageSaysHowToAllowIt() {
        PathNotAllowedException refused = assertThrows(PathNotAllowedException.class,
                () -> allowing().checkLocation(Kind.OUTPUT, "hdfs://namenode:8020/data/run.parquet"));
        assertTrue(refused.getMessage().contains("--allow-path hdfs://namenode:8020/FOLDER"), refused.getMessage());
        assertThrows(PathNotAllowedException.class, () -> allowing().checkLocation(Kind.INPUT, "s3a://bucket/x"));
    }

    @Test
    void aLocationUnderTheGrantIsAcceptedByWholePathSegments() throws Exception {
        PathPolicy policy = allowing("hdfs://namenode:8020/data");
        assertEquals("hdfs://namenode:8020/data/run1/out.parquet",
                policy.checkLocation(Kind.OUTPUT, "hdfs://namenode:8020/data/run1/out.parquet"));
        assertEquals("hdfs://namenode:8020/data", policy.checkLocation(Kind.INPUT, "HDFS://namenode:8020/data"));
        // a sibling whose name merely starts with the granted one is another folder
        assertThrows(PathNotAllowedException.class,
                () -> policy.checkLocation(Kind.OUTPUT, "hdfs://namenode:8020/database/out.parquet"));
    }

    @Test
    void dotDotCannotLeaveTheGrantAndOtherHostsOrSchemesAreOtherLocations() throws Exception {
        PathPolicy policy = allowing("s3a://bucket/runs/");
        assertThrows(PathNotAllowedException.class,
                () -> policy.checkLocation(Kind.OUTPUT, "s3a://bucket/runs/../keys/a"));
        assertThrows(PathNotAllowedException.class, () -> policy.checkLocation(Kind.OUTPUT, "s3a://bucket/../../x"));
        assertThrows(PathNotAllowedException.class, () -> policy.checkLocation(Kind.OUTPUT, "s3a://other/runs/a"));
        assertThrows(PathNotAllowedException.class, () -> policy.checkLocation(Kind.OUTPUT, "s3://bucket/runs/a"));
        assertThrows(PathNotAllowedException.class, () -> policy.checkLocation(Kind.OUTPUT, "s3a://bucket/runs/a?x=1"));
        assertEquals("s3a://bucket/runs/a/b", policy.checkLocation(Kind.OUTPUT, "s3a://bucket/runs/./a/x/../b"));
    }

    @Test
    void aGrantMustBeAClusterLocationNotALocalFile() {
        assertThrows(IllegalArgumentException.class, () -> PathPolicy.normalizedLocation(URI.create("file:///tmp/x")));
        assertThrows(IllegalArgumentException.class, () -> PathPolicy.normalizedLocation(URI.create("hdfs:/no-host")));
        assertThrows(IllegalArgumentException.class,
                () -> PathPolicy.normalizedLocation(URI.create("hdfs://nn/a/../../etc")));
    }

    @Test
    void anotherOutputRootKeepsTheGrantedLocations() throws Exception {
        PathPolicy moved = allowing("hdfs://nn/data").withOutputRoot(folder.resolve("out"));
        assertEquals("hdfs://nn/data/x", moved.checkLocation(Kind.OUTPUT, "hdfs://nn/data/x"));
    }
}
