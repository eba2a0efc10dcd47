package org.spikeflow.nodes.spark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.nodes.spark.SparkContextPortObject;
import org.spikeflow.nodes.spark.internal.context.CreateSparkContextNodeFactory;
import org.spikeflow.nodes.spark.internal.fromtable.TableToSparkNodeFactory;
import org.spikeflow.nodes.spark.internal.parquetreader.ParquetReaderNodeFactory;
import org.spikeflow.nodes.spark.internal.parquetwriter.ParquetWriterNodeFactory;

/**
 * A shared workflow cannot send jobs or data off this machine on its own: cluster storage and Spark masters outside the
 * machine need the user's grant ({@code --allow-path URI}, {@code --spark-master URL}), never the file's.
 */
class ClusterGrantsTest {
    private static final String REMOTE_MASTER = "spark://203.0.113.7:7077";

    @TempDir
    Path folder;

    private static PortObject[] execute(Node node, PathPolicy policy, PortObject... inputs) throws Exception {
        return SparkHarness.run(node, policy, inputs);
    }

    private PathPolicy policy(String... locations) {
        return new PathPolicy(folder, folder, List.of(), List.of(locations).stream().map(URI::create).toList());
    }

    @Test
    void aRemoteMasterNamedOnlyInTheFileIsRefused() throws Exception {
        Node context = SparkHarness.node(new CreateSparkContextNodeFactory(), "{'master': '" + REMOTE_MASTER + "'}");
        Exception refused = assertThrows(Exception.class, () -> execute(context, policy()));
        assertTrue(refused.getMessage().contains("--spark-master " + REMOTE_MASTER), refused.getMessage());

        context.setUserGrants(new UserGrants(List.of(), Map.of(UserGrants.SPARK_MASTER, "spark://198.51.100.1:7077")));
        assertThrows(Exception.class, () -> execute(context, policy()), "another master than the granted one");
    }

    @Test
    void theMasterTheUserGrantedAndLocalMastersRun() throws Exception {
        Node granted = SparkHarness.node(new CreateSparkContextNodeFactory(), "{'master': '" + REMOTE_MASTER + "'}");
        granted.setUserGrants(new UserGrants(List.of(), Map.of(UserGrants.SPARK_MASTER, REMOTE_MASTER)));
        assertEquals(REMOTE_MASTER, ((SparkContextPortObject) execute(granted, policy())[0]).getCluster().master);

        Node local = SparkHarness.node(new CreateSparkContextNodeFactory(), "{'master': 'local[2]'}");
        assertEquals("local[2]", ((SparkContextPortObject) execute(local, policy())[0]).getCluster().master);
    }

    @Test
    void clusterStorageNeedsTheUsersGrantBeforeAnyJobStarts() throws Exception {
        PortObject context = execute(SparkHarness.node(new CreateSparkContextNodeFactory(), "{'master': 'local[1]'}"),
                policy())[0];
        PortObject frame = execute(SparkHarness.node(new TableToSparkNodeFactory(), "{'path': 'rows.csv'}"), policy(),
                context, table())[0];
        assertRefusedByThePolicy(assertThrows(Exception.class, () -> execute(SparkHarness.node(
                new ParquetWriterNodeFactory(), "{'path': 'hdfs://namenode:8020/exfiltrated'}"), policy(), frame)));
        assertRefusedByThePolicy(assertThrows(Exception.class, () -> execute(SparkHarness.node(
                new ParquetWriterNodeFactory(), "{'path': 's3a://bucket/runs/../keys'}"), policy("s3a://bucket/runs"),
                frame)));
        assertRefusedByThePolicy(assertThrows(Exception.class, () -> execute(SparkHarness.node(
                new ParquetReaderNodeFactory(), "{'path': 's3a://bucket/private'}"), policy("s3a://bucket/runs"),
                context)));
    }

    private static DataTable table() {
        ColumnBuilder x = Column.builder(DataType.DOUBLE, 2);
        x.appendObject(1.0);
        x.appendObject(2.0);
        return new DataTable(DataTableSpec.of("x", DataType.DOUBLE), x.build());
    }

    private static void assertRefusedByThePolicy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof PathNotAllowedException) {
                return;
            }
        }
        throw new AssertionError("expected the path policy to refuse the location, got: " + thrown, thrown);
    }
}
