package org.spikeflow.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.engine.ExecutionOptions;
import org.spikeflow.engine.NodeRepository;
import org.spikeflow.engine.NodeState;
import org.spikeflow.engine.WorkflowLoadException;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.engine.tests.nodes.CountConfigureNodeFactory;
import org.spikeflow.engine.tests.nodes.TestRepository;

/** The .spikeflow.json format: byte-identical round trips, errors with their location, atomic saves. */
class WorkflowFileTest {
    private final NodeRepository repository = TestRepository.withTestNodes();

    @Test
    void loadThenSaveIsByteIdentical(@TempDir Path temp) throws Exception {
        Path fixture = Fixtures.file("roundtrip", "roundtrip.spikeflow.json");
        WorkflowManager workflow = WorkflowManager.load(fixture, repository);

        Path saved = temp.resolve("copy.spikeflow.json");
        workflow.save(saved);

        assertEquals(Files.readString(fixture), Files.readString(saved));
        assertEquals(List.of("source", "n2", "n3"), workflow.getNodes().stream().map(n -> n.getId()).toList());
        // And the loaded workflow runs: n3 adds 1.5, n2's number comes from the variable threshold.
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
    }

    @Test
    void loadingConfiguresEachNodeOnceWhenTheWholeFileIsRead(@TempDir Path temp) throws Exception {
        // reading used to configure a node (and everything downstream) at each node, settings and connection: 11
        // configures for this chain instead of 3
        Path file = Files.writeString(temp.resolve("chain.spikeflow.json"), """
                {"format": "spikeflow-workflow", "formatVersion": 1,
                 "nodes": [{"id": "a", "type": "test.countconfigure", "settings": {"label": "a"}},
                           {"id": "b", "type": "test.countconfigure", "settings": {"label": "b"}},
                           {"id": "c", "type": "test.countconfigure", "settings": {"label": "c"}}],
                 "connections": [{"from": "a:0", "to": "b:0"}, {"from": "b:0", "to": "c:0"}]}
                """);
        CountConfigureNodeFactory.CONFIGURES.set(0);
        WorkflowManager workflow = WorkflowManager.load(file, repository);
        assertEquals(3, CountConfigureNodeFactory.CONFIGURES.get());
        assertTrue(workflow.getNodes().stream().allMatch(n -> n.getState() == NodeState.CONFIGURED),
                workflow.configureErrors().toString());
    }

    @Test
    void warmingUpChangesNothingALoadSeesAndNeverThrows(@TempDir Path temp) throws Exception {
        // the start-up task of 'spikeflow run' calls it with whatever the command line names: problems stay for load
        WorkflowManager.warmUp(null);
        WorkflowManager.warmUp(temp.resolve("missing.spikeflow.json"));
        Path broken = Files.writeString(temp.resolve("broken.spikeflow.json"), "{\"nodes\": [");
        WorkflowManager.warmUp(broken);
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(broken, repository));
        assertTrue(error.getMessage().contains("Malformed JSON"), error.getMessage());
        Path fixture = Fixtures.file("roundtrip", "roundtrip.spikeflow.json");
        WorkflowManager.warmUp(fixture);
        assertEquals(Files.readString(fixture), WorkflowManager.load(fixture, repository).toJson());
        assertTrue(repository.find("org.spikeflow.engine.warmup").isEmpty(), "the warm-up is no node type");
    }

    @Test
    void newNodesGetFreshIdsAndExistingIdsNeverChange(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.load(Fixtures.file("roundtrip", "roundtrip.spikeflow.json"),
                repository);
        workflow.removeNode("n2");
        var added = workflow.addNode("test.record");
        assertEquals("n1", added.getId());
        var another = workflow.addNode("test.record");
        assertEquals("n2", another.getId());
        Path saved = temp.resolve("edited.spikeflow.json");
        workflow.save(saved);
        WorkflowManager again = WorkflowManager.load(saved, repository);
        assertEquals(List.of("source", "n3", "n1", "n2"), again.getNodes().stream().map(n -> n.getId()).toList());
        assertEquals(Files.readString(saved), again.toJson());
    }

    @Test
    void filesHaveNoExecutionStateOrTimestamps(@TempDir Path temp) throws Exception {
        Path fixture = Fixtures.file("roundtrip", "roundtrip.spikeflow.json");
        WorkflowManager workflow = WorkflowManager.load(fixture, repository);
        assertTrue(workflow.executeAll(ExecutionOptions.defaults()).success());
        Path saved = temp.resolve("executed.spikeflow.json");
        workflow.save(saved);
        assertEquals(Files.readString(fixture), Files.readString(saved), "executing changes nothing in the file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "syntax.spikeflow.json|4|3|Malformed JSON",
            "unknown-type.spikeflow.json|7|7|Unknown node type 'org.spikeflow.nodes.notinstalled.example' (node 'plot'): it is provided by bundle 'org.spikeflow.nodes.notinstalled', which is not installed",
            "duplicate-id.spikeflow.json|6|6|Duplicate node id 'a'",
            "bad-port.spikeflow.json|10|5|has no output port 5",
            "type-mismatch.spikeflow.json|9|5|the port types do not match",
            "newer-version.spikeflow.json|3|3|format version 99, written by a newer Spikeflow",
            "unknown-setting.spikeflow.json|10|9|Invalid settings for node 'a' (Record (test)): Unknown setting 'lable'; did you mean 'label'?",
            "bad-setting-value.spikeflow.json|10|9|Setting 'add' (Value) is 5000 but must be between -1000 and 1000",
            "cycle.spikeflow.json|10|5|would create a cycle",
            "unknown-key.spikeflow.json|4|3|Unknown key \"nodez\" in workflow",
            "not-a-workflow.spikeflow.json|1|1|Not a Spikeflow workflow",
            "unknown-variable-setting.spikeflow.json|9|9|has no setting 'nosuch'",
    })
    void malformedFilesReportFileLineAndColumn(String name, int line, int column, String message) {
        Path file = Fixtures.file("malformed", name);
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(file, repository));
        assertTrue(error.getMessage().contains(message), error.getMessage());
        assertEquals(file, error.getFile());
        assertEquals(line, error.getLine(), error.getMessage());
        assertEquals(column, error.getColumn(), error.getMessage());
        assertTrue(error.getMessage().startsWith(file + ":" + line + ":" + column + ": "), error.getMessage());
    }

    @Test
    void missingFileIsALoadError() {
        Path missing = Path.of("does-not-exist.spikeflow.json");
        WorkflowLoadException error = assertThrows(WorkflowLoadException.class,
                () -> WorkflowManager.load(missing, repository));
        assertTrue(error.getMessage().contains("No such workflow file"), error.getMessage());
    }

    @Test
    void aCrashWhileSavingLeavesTheOldFileIntact(@TempDir Path temp) throws Exception {
        Path target = temp.resolve("flow.spikeflow.json");
        Files.copy(Fixtures.file("roundtrip", "roundtrip.spikeflow.json"), target);
        String before = Files.readString(target);

        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\n  \"format\": \"spikeflow-wo".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("simulated crash: disk full");
        }));

        assertEquals("simulated crash: disk full", crash.getMessage());
        assertEquals(before, Files.readString(target));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
        }
        // And a real save replaces the content completely.
        WorkflowManager workflow = WorkflowManager.load(target, repository);
        workflow.setName("Renamed");
        workflow.save();
        assertTrue(Files.readString(target).contains("\"name\": \"Renamed\""));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void nodesNotSetUpYetSaveAndLoadAndReportAtConfigure(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.create(repository);
        workflow.addNode("expr", "org.spikeflow.base.flowvar.expression"); // its expression is required, still empty
        Path target = temp.resolve("unfinished.spikeflow.json");
        workflow.save(target);

        WorkflowManager loaded = WorkflowManager.load(target, repository);

        var errors = loaded.configureErrors();
        assertEquals(1, errors.size());
        assertEquals("expr", errors.get(0).nodeId());
        assertTrue(errors.get(0).message().contains("must not be empty"), errors.get(0).message());
    }

    @Test
    void absolutePathsAreNotSaved(@TempDir Path temp) throws Exception {
        WorkflowManager workflow = WorkflowManager.create(repository);
        workflow.addNode("writer", "org.spikeflow.base.io.csvwriter");
        workflow.setNodeSetting("writer", "path", "/home/someone/results.csv");
        Path target = temp.resolve("abs.spikeflow.json");

        IOException error = assertThrows(IOException.class, () -> workflow.save(target));

        assertTrue(error.getMessage().contains("node 'writer' (CSV Writer) has an absolute path"), error.getMessage());
        assertFalse(Files.exists(target));
    }
}
