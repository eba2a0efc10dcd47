package org.spikeflow.engine;

import java.util.Arrays;

import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A node in a workflow: the {@link Node} with its state, messages, output specs and output objects. State changes only
 * through the {@link WorkflowManager}.
 */
public final class NodeContainer {
    private final Node node;
    private volatile NodeState state = NodeState.IDLE;
    private volatile String errorMessage;
    private volatile String warningMessage;
    private volatile String infoMessage;
    private volatile PortObjectSpec[] outputSpecs;
    private volatile PortObject[] outputs;
    private volatile double progress;
    private volatile String progressMessage;
    private volatile int executionCount;
    private volatile ObjectNode fileSettings;
    private volatile ObjectNode fileSettingsExpanded;
    private volatile int fileSettingsVersion;

    NodeContainer(Node node) {
        this.node = node;
        int ports = node.getOutPortTypes().length;
        this.outputSpecs = new PortObjectSpec[ports];
        this.outputs = new PortObject[ports];
    }

    public String getId() {
        return node.getId();
    }

    /** The node type id, e.g. {@code org.spikeflow.base.loop.countingstart}. */
    public String getTypeId() {
        return node.getFactory().getId();
    }

    /** The node's display name (its factory's name). */
    public String getName() {
        return node.getFactory().getName();
    }

    public Node getNode() {
        return node;
    }

    /**
     * Remembers the node's settings as its workflow file wrote them (hand-written files often list only the settings
     * that differ from the defaults) and what they expanded to on load, so that an unchanged node is saved back exactly
     * as it was written, with the settings version the file stated (0: none). Called by the file reader.
     */
    public void rememberFileSettings(ObjectNode written, ObjectNode expanded, int writtenVersion) {
        fileSettings = written == null ? null : written.deepCopy();
        fileSettingsExpanded = expanded.deepCopy();
        fileSettingsVersion = writtenVersion;
    }

    /** The settings version the file stated for the remembered settings; 0 if it stated none (version 1). */
    public int getFileSettingsVersion() {
        return fileSettingsVersion;
    }

    /** The settings as the file wrote them if the node's settings have not changed since, else null. */
    public ObjectNode getFileSettingsIfUnchanged() {
        ObjectNode written = fileSettings;
        ObjectNode expanded = fileSettingsExpanded;
        return written != null && expanded != null && expanded.equals(node.getSettingsJson(false))
                ? written.deepCopy()
                : null;
    }

    /** Whether the node's type is not installed (a placeholder from {@link WorkflowManager#loadForEditing}). */
    public boolean isMissing() {
        return node.getFactory() instanceof MissingNodeFactory;
    }

    /** Why the node is missing (its type and bundle), or null. */
    public String getMissingReason() {
        return node.getFactory() instanceof MissingNodeFactory missing ? missing.reason() : null;
    }

    public NodeState getState() {
        return state;
    }

    /** Why the node is not configured or why it failed; null otherwise. */
    public String getErrorMessage() {
        return errorMessage;
    }

    public String getWarningMessage() {
        return warningMessage;
    }

    /** Information about the last configure or execute that needs no action (e.g. a requested fallback), or null. */
    public String getInfoMessage() {
        return infoMessage;
    }

    /** The spec at an output port after configure (null if unknown before execution). */
    public PortObjectSpec getOutputSpec(int port) {
        return outputSpecs[port];
    }

    /** The object at an output port after execution, else null. */
    public PortObject getOutput(int port) {
        return outputs[port];
    }

    public int getOutputCount() {
        return outputs.length;
    }

    public FlowObjectStack getOutgoingFlowStack() {
        return node.getOutgoingFlowStack();
    }

    public double getProgress() {
        return progress;
    }

    public String getProgressMessage() {
        return progressMessage;
    }

    /** How often the node executed since its last reset (more than once inside loops). */
    public int getExecutionCount() {
        return executionCount;
    }

    // ---- mutators for the workflow manager ----

    void setState(NodeState newState) {
        state = newState;
    }

    void setErrorMessage(String message) {
        errorMessage = message;
    }

    void setWarningMessage(String message) {
        warningMessage = message;
    }

    void setInfoMessage(String message) {
        infoMessage = message;
    }

    void setOutputSpecs(PortObjectSpec[] specs) {
        outputSpecs = specs.clone();
    }

    void setOutputs(PortObject[] objects) {
        outputs = objects.clone();
    }

    void clearOutputs() {
        Arrays.fill(outputs = new PortObject[outputs.length], null);
    }

    void setProgress(double value, String message) {
        progress = value;
        if (message != null) {
            progressMessage = message;
        }
    }

    void incrementExecutionCount() {
        executionCount++;
    }

    void resetExecutionCount() {
        executionCount = 0;
    }

    @Override
    public String toString() {
        return "node '" + getId() + "' (" + getName() + ")";
    }
}
