package org.spikeflow.core.tests.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;

/**
 * The framework checks every setting declared as a path against the node's {@link PathPolicy} before configure and
 * again before execute (values from flow variables change between the two), and masks secret values in messages.
 */
class PathSettingsTest {

    @TempDir
    Path temp;

    private Path output;
    private PathPolicy policy;
    private Node node;

    @BeforeEach
    void setUp() throws Exception {
        Path workflow = Files.createDirectories(temp.resolve("workflow"));
        output = Files.createDirectories(temp.resolve("output"));
        policy = new PathPolicy(workflow, output, List.of());
        node = new Node("writer", new FileNodeFactory());
        node.setPathPolicy(policy);
    }

    private PortObjectSpec[] configure(FlowObjectStack stack) throws InvalidSettingsException {
        return node.configure(new PortObjectSpec[0], stack);
    }

    private ExecutionContext exec() {
        return new ExecutionContext(null, new AtomicBoolean(), NodeLogger.forSource("test"), policy, 1, null);
    }

    @Test
    void everyPathSettingIsCheckedAtConfigureAndNamed() throws Exception {
        configure(FlowObjectStack.empty());
        node.setSetting("target", "../escape.txt");
        InvalidSettingsException up = assertThrows(InvalidSettingsException.class,
                () -> configure(FlowObjectStack.empty()));
        assertTrue(up.getMessage().startsWith("Setting 'target': Output path '../escape.txt'"), up.getMessage());

        node.setSetting("target", "fine.txt");
        node.setSetting("plots.folder", temp.resolve("elsewhere").toString());
        InvalidSettingsException nested = assertThrows(InvalidSettingsException.class,
                () -> configure(FlowObjectStack.empty()));
        assertTrue(nested.getMessage().startsWith("Setting 'plots.folder': "), nested.getMessage());

        node.setSetting("plots.folder", "plots");
        node.setSetting("source", "/proc/self/environ");
        InvalidSettingsException proc = assertThrows(InvalidSettingsException.class,
                () -> configure(FlowObjectStack.empty()));
        assertTrue(proc.getMessage().startsWith("Setting 'source': "), proc.getMessage());
        assertTrue(proc.getMessage().contains("/proc"), proc.getMessage());
    }

    @Test
    void aPathFromAFlowVariableIsCheckedAgainAtExecute() throws Exception {
        node.setVariableSetting("target", "file");
        configure(FlowObjectStack.of(List.of(FlowVariable.ofString("file", "result.txt"))));

        FlowObjectStack atExecute = FlowObjectStack.of(List.of(FlowVariable.ofString("file", "../../escape.txt")));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.execute(new PortObject[0], atExecute, exec()));
        assertTrue(e.getMessage().contains("Setting 'target'"), e.getMessage());
        assertFalse(Files.exists(temp.getParent().resolve("escape.txt")));

        node.execute(new PortObject[0], FlowObjectStack.of(List.of(FlowVariable.ofString("file", "result.txt"))),
                exec());
        assertEquals("ok", Files.readString(output.resolve("result.txt")));
    }

    @Test
    void aSecretValueNeverAppearsInAMessage() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.setSetting("pin", "hunter2-secret"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains(SettingsHandler.MASK + "' is not a number"), e.getMessage());
        assertTrue(node.isSecretSetting("pin"));
        assertFalse(node.isSecretSetting("target"));
        assertFalse(node.isSecretSetting("nosuch"));

        InvalidSettingsException fromJson = assertThrows(InvalidSettingsException.class,
                () -> node.loadSettings(SettingsHandler.MAPPER.readTree("{\"pin\": \"hunter2-secret\"}")));
        assertFalse(fromJson.getMessage().contains("hunter2"), fromJson.getMessage());
    }

    @Test
    void pathSettingsAreListedWithTheirDottedNames() throws Exception {
        node.setSetting("plots.folder", "plots/a");
        SettingsHandler<FileNodeFactory.Settings> handler = SettingsHandler.forClass(FileNodeFactory.Settings.class);
        List<SettingsHandler.PathSetting> paths = handler.pathSettings((FileNodeFactory.Settings) node.getSettings());
        assertEquals(List.of(new SettingsHandler.PathSetting("target", PathPolicy.Kind.OUTPUT, "out.txt"),
                new SettingsHandler.PathSetting("plots.folder", PathPolicy.Kind.OUTPUT, "plots/a")), paths,
                "blank paths are left out");
    }
}
