package org.spikeflow.engine;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeDescription;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.node.PortDescription;
import org.spikeflow.core.port.GenericPorts;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stands in for a node whose type is not installed, so an editor can open the workflow: it keeps the node's file entry
 * exactly as read (written back unchanged on save), has as many generic ports as its connections use, and never
 * configures (its error says which bundle is missing), so it cannot execute.
 */
final class MissingNodeFactory implements NodeFactory<MissingNodeFactory.MissingNodeModel> {
    private final String typeId;
    private final ObjectNode fileEntry;
    private final String reason;
    private final int inPorts;
    private final int outPorts;

    public MissingNodeFactory(String typeId, ObjectNode fileEntry, String reason, int inPorts, int outPorts) {
        this.typeId = typeId;
        this.fileEntry = fileEntry.deepCopy();
        this.reason = reason;
        this.inPorts = inPorts;
        this.outPorts = outPorts;
    }

    /** The node's entry of the workflow file, as read. */
    public ObjectNode fileEntry() {
        return fileEntry.deepCopy();
    }

    /** Why the node is missing, naming its type and bundle. */
    public String reason() {
        return reason;
    }

    @Override
    public String getId() {
        return typeId;
    }

    @Override
    public String getName() {
        return typeId.substring(typeId.lastIndexOf('.') + 1) + " (missing)";
    }

    @Override
    public String getCategory() {
        return "/Missing";
    }

    @Override
    public URL getIcon() {
        return null;
    }

    @Override
    public MissingNodeModel createNodeModel() {
        return new MissingNodeModel(ports(inPorts), ports(outPorts), reason);
    }

    @Override
    public NodeDescription getDescription() {
        return new NodeDescription(typeId, getName(), getCategory(), "Other", reason, reason, List.of(),
                portDescriptions(inPorts), portDescriptions(outPorts), JsonNodeFactory.instance.objectNode(),
                fileEntry.path("bundle").asText(null));
    }

    private static PortType[] ports(int count) {
        PortType[] types = new PortType[count];
        java.util.Arrays.fill(types, GenericPorts.ANY);
        return types;
    }

    private static List<PortDescription> portDescriptions(int count) {
        List<PortDescription> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new PortDescription(i, "Port " + i, "Unknown: the node type is not installed",
                    GenericPorts.ANY.getId(), GenericPorts.ANY.getName(), false));
        }
        return list;
    }

    /** A missing node has no settings of its own: its file entry is kept by the factory. */
    public static final class NoSettings extends NodeSettings {
    }

    /** Never configures, so it never executes. */
    public static final class MissingNodeModel extends NodeModel<NoSettings> {
        private final String reason;

        MissingNodeModel(PortType[] in, PortType[] out, String reason) {
            super(in, out, NoSettings.class);
            this.reason = reason;
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
            throw new InvalidSettingsException(reason);
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
            throw new IllegalStateException(reason);
        }
    }
}
