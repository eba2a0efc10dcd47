package org.spikeflow.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.core.settings.SettingsHandler;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link WorkflowManager#warmUp}: does once what loading a workflow file does with the JSON, XML and settings
 * libraries, so that their classes are loaded and initialised before the load needs them. The nested classes are public
 * only because the settings binding and the description reader create them by reflection.
 */
final class LoadWarmUp {
    /** Settings JSON with every kind of value of {@link WarmUpSettings}. */
    private static final String SETTINGS = "{\"count\": 3, \"steps\": 40000, \"rate\": 0.25, \"label\": \"abc\","
            + " \"flag\": true, \"mode\": \"SECOND\", \"entries\": [{\"name\": \"a\", \"value\": 1.5}],"
            + " \"rows\": [[\"x\", \"1\"]]}";

    private LoadWarmUp() {
    }

    /**
     * Parses the file (if any, without looking at its content), reads a node description, and reads, checks, migrates
     * and writes settings of every kind of value. The results are dropped and failures ignored: loading reports them.
     */
    static void run(Path file) {
        try {
            if (file != null) {
                WorkflowFiles.parse(WorkflowText.decode(Files.readAllBytes(file)));
            }
        } catch (IOException | WorkflowText.EncodingException | RuntimeException e) {
            // loading the file reports it
        }
        try {
            new WarmUpDescription().getName();
        } catch (RuntimeException e) {
            // not expected; loading does not depend on it
        }
        try {
            SettingsHandler<WarmUpSettings> handler = SettingsHandler.forClass(WarmUpSettings.class);
            ObjectNode json = handler.migrate((ObjectNode) SettingsHandler.MAPPER.readTree(SETTINGS), 1);
            handler.write(handler.read(json), false);
            handler.readIncomplete(SettingsHandler.with(json, "entries.0.value",
                    JsonNodeFactory.instance.numberNode(2.0)));
            handler.pathSettings(handler.defaults());
        } catch (IOException | InvalidSettingsException | RuntimeException e) {
            // not expected; loading does not depend on it
        }
    }

    /** Not a node (never registered): its description file {@code WarmUpDescription.xml} sets up the XML parser. */
    public static final class WarmUpDescription extends AbstractNodeFactory<NodeModel<?>> {
        public WarmUpDescription() {
            super("org.spikeflow.engine.warmup");
        }

        @Override
        public NodeModel<?> createNodeModel() {
            throw new UnsupportedOperationException("not a node");
        }
    }

    /** Settings of no node, with the kinds of values node settings have. */
    public static final class WarmUpSettings extends NodeSettings {
        /** A choice, as enum settings are. */
        public enum Mode {
            FIRST, SECOND
        }

        /** A nested settings object, as list entries often are. */
        public static final class Entry {
            @Setting(title = "Name")
            public String name = "";

            @Setting(title = "Value", min = 0)
            public double value;
        }

        @Setting(title = "Count", min = 0, max = 1000)
        public int count = 1;

        @Setting(title = "Steps")
        public long steps = 2;

        @Setting(title = "Rate")
        public double rate = 0.5;

        @Setting(title = "Label", pattern = "[a-z]*")
        public String label = "";

        @Setting(title = "Flag")
        public boolean flag;

        @Setting(title = "Mode")
        public Mode mode = Mode.FIRST;

        @Setting(title = "Entries")
        public List<Entry> entries = new ArrayList<>();

        @Setting(title = "Rows")
        public List<List<String>> rows = new ArrayList<>();
    }
}
