package org.spikeflow.core.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spikeflow.core.flowvar.FlowLoopContext;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.internal.ModelAccess;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopEndNode;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.EmptyPortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.SettingsHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs one {@link NodeModel} through its life cycle, as KNIME's {@code Node} does: keeps the saved settings and the
 * flow-variable overrides, computes the effective settings from the incoming flow stack before every configure and
 * execute, checks port objects against the port types, and builds the outgoing flow stack (opening a loop context for
 * loop starts and closing it for loop ends). Not thread-safe: the engine runs one call at a time per node.
 */
public final class Node {
    private static final ModelAccess ACCESS = ModelAccess.get();

    private final NodeFactory<?> factory;
    private final NodeModel<NodeSettings> model;
    private final SettingsHandler<NodeSettings> settingsHandler;
    private final String nodeId;
    private ObjectNode settingsJson;
    private final Map<String, String> variableSettings = new LinkedHashMap<>();
    private FlowObjectStack outgoingStack = FlowObjectStack.empty();
    private FlowLoopContext openedLoopContext;
    private Node loopPartner;

    @SuppressWarnings("unchecked")
    public Node(String nodeId, NodeFactory<?> factory) {
        this.nodeId = nodeId;
        this.factory = factory;
        this.model = (NodeModel<NodeSettings>) factory.createNodeModel();
        this.settingsHandler = SettingsHandler.forClass(model.getSettingsClass());
        this.settingsJson = settingsHandler.write(settingsHandler.defaults(), true);
        ACCESS.setLogger(model, NodeLogger.forSource(nodeId));
    }

    public String getId() {
        return nodeId;
    }

    public NodeFactory<?> getFactory() {
        return factory;
    }

    public NodeModel<?> getModel() {
        return model;
    }

    public PortType[] getInPortTypes() {
        return model.getInPortTypes();
    }

    public PortType[] getOutPortTypes() {
        return model.getOutPortTypes();
    }

    public boolean isLoopStart() {
        return model instanceof LoopStartNode;
    }

    public boolean isLoopEnd() {
        return model instanceof LoopEndNode;
    }

    public void setLogger(NodeLogger logger) {
        ACCESS.setLogger(model, logger);
    }

    public NodeLogger getLogger() {
        return ACCESS.logger(model);
    }

    /** The partner of a loop start or end, set by the engine when it pairs them. */
    public void setLoopPartner(Node partner) {
        loopPartner = partner;
        ACCESS.setLoopPartner(model, partner == null ? null : partner.model);
    }

    public Node getLoopPartner() {
        return loopPartner;
    }

    /** The folder holding the workflow file (null if unknown), for models that resolve paths at configure time. */
    public void setWorkflowDirectory(Path workflowDirectory) {
        ACCESS.setWorkflowDirectory(model, workflowDirectory);
        if (ACCESS.pathPolicy(model) == null && workflowDirectory != null) {
            ACCESS.setPathPolicy(model, PathPolicy.confinedTo(workflowDirectory));
        }
    }

    /**
     * Where the node may read and write: its path settings are checked against it before every configure and execute.
     * Without one, the workflow's folder (if known) confines both.
     */
    public void setPathPolicy(PathPolicy policy) {
        ACCESS.setPathPolicy(model, policy);
    }

    public PathPolicy getPathPolicy() {
        return ACCESS.pathPolicy(model);
    }

    /** What the user allowed outside the workflow file (e.g. a service endpoint). */
    public void setUserGrants(UserGrants grants) {
        ACCESS.setUserGrants(model, grants == null ? UserGrants.NONE : grants);
    }

    // ---- settings ----

    /** Reads, writes and migrates this node's settings; its current version is what files of this build hold. */
    public SettingsHandler<?> getSettingsHandler() {
        return settingsHandler;
    }

    /**
     * Loads the node's own settings (as in the workflow file); absent keys keep their defaults.
     *
     * @throws InvalidSettingsException
     *             naming the bad setting; the previous settings are kept
     */
    public void loadSettings(JsonNode json) throws InvalidSettingsException {
        // Incomplete settings (a node not set up yet) load; configure reports what is missing.
        NodeSettings settings = settingsHandler.readIncomplete(json);
        // Secrets are not in files: keep one already supplied (e.g. through the API) unless the JSON has one.
        ObjectNode written = settingsHandler.write(settings, true);
        for (String secret : settingsHandler.secretSettings()) {
            if ((json == null || !json.has(secret)) && settingsJson.has(secret)) {
                written.set(secret, settingsJson.get(secret));
            }
        }
        settingsJson = written;
    }

    /**
     * The node's own settings as JSON, all keys in declaration order.
     *
     * @param includeSecrets
     *            false for anything written to a file or shown: secret settings are left out
     */
    public ObjectNode getSettingsJson(boolean includeSecrets) {
        ObjectNode copy = settingsJson.deepCopy();
        if (!includeSecrets) {
            settingsHandler.secretSettings().forEach(copy::remove);
        }
        return copy;
    }

    /** The node's own settings (without flow-variable overrides) as an object of its settings class. */
    public NodeSettings getSettings() throws InvalidSettingsException {
        return settingsHandler.readIncomplete(settingsJson);
    }

    /**
     * Sets one setting from text, e.g. from {@code --set NODE.SETTING=VALUE}; the text is converted to the setting's
     * current JSON type and the result validated.
     */
    public void setSetting(String path, String valueText) throws InvalidSettingsException {
        JsonNode existing = SettingsHandler.get(settingsJson, path);
        if (existing == null) {
            throw new InvalidSettingsException("Node '" + nodeId + "' (" + factory.getName() + ") has no setting '"
                    + path + "'" + suggestion(path));
        }
        try {
            ObjectNode updated = SettingsHandler.with(settingsJson, path,
                    SettingsHandler.parseValueLike(existing, valueText));
            loadSettings(updated);
        } catch (InvalidSettingsException e) {
            if (!settingsHandler.isSecret(path)) {
                throw e;
            }
            // the value is a secret: no message (nor a cause's) may repeat it
            throw new InvalidSettingsException(SettingsHandler.mask(e.getMessage(), valueText));
        }
    }

    /** Whether the setting at a dotted path is a secret (its value is never shown). */
    public boolean isSecretSetting(String path) {
        return settingsHandler.isSecret(path);
    }

    private String suggestion(String path) {
        List<String> keys = new ArrayList<>();
        settingsJson.fieldNames().forEachRemaining(keys::add);
        return SettingsHandler.suggestion(path, keys, "its settings are");
    }

    /** Settings controlled by flow variables: setting path → variable name. */
    public Map<String, String> getVariableSettings() {
        return new LinkedHashMap<>(variableSettings);
    }

    /**
     * Makes a setting take its value from a flow variable (null or blank removes the binding).
     *
     * @throws InvalidSettingsException
     *             if the node has no such setting
     */
    public void setVariableSetting(String settingPath, String variableName) throws InvalidSettingsException {
        if (variableName == null || variableName.isBlank()) {
            variableSettings.remove(settingPath);
            return;
        }
        if (SettingsHandler.get(settingsJson, settingPath) == null
                && !settingsHandler.secretSettings().contains(settingPath)) {
            throw new InvalidSettingsException("Node '" + nodeId + "' (" + factory.getName() + ") has no setting '"
                    + settingPath + "' to control with flow variable '" + variableName + "'" + suggestion(settingPath));
        }
        variableSettings.put(settingPath, variableName);
    }

    /** The settings with flow-variable overrides from {@code stack} applied, validated. */
    private NodeSettings effectiveSettings(FlowObjectStack stack) throws InvalidSettingsException {
        ObjectNode json = settingsJson;
        for (Map.Entry<String, String> binding : variableSettings.entrySet()) {
            Optional<FlowVariable> variable = stack.find(binding.getValue());
            if (variable.isEmpty()) {
                throw new InvalidSettingsException("Setting '" + binding.getKey() + "' is controlled by flow variable '"
                        + binding.getValue() + "', which is not available here; available: "
                        + stack.getVariables().keySet());
            }
            json = SettingsHandler.with(json, binding.getKey(), toJson(variable.get()));
        }
        try {
            return settingsHandler.read(json);
        } catch (InvalidSettingsException e) {
            if (variableSettings.isEmpty()) {
                throw e;
            }
            throw new InvalidSettingsException(e.getMessage() + " (settings controlled by flow variables: "
                    + variableSettings + ")", e);
        }
    }

    private static JsonNode toJson(FlowVariable variable) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (variable.getType()) {
            case INT -> f.numberNode(variable.getIntValue());
            case DOUBLE -> {
                double value = variable.getDoubleValue();
                // A whole double may control an integer setting; a fractional one fails validation there.
                yield value == Math.rint(value) && Math.abs(value) < 1e15
                        ? f.numberNode((long) value)
                        : f.numberNode(value);
            }
            case BOOLEAN -> f.booleanNode(variable.getBooleanValue());
            case STRING -> f.textNode(variable.getStringValue());
        };
    }

    // ---- life cycle ----

    /**
     * Configures the model with the effective settings for {@code incoming}. Afterwards {@link #getOutgoingFlowStack()}
     * holds what downstream nodes see at configure time.
     *
     * @param inSpecs
     *            one per input port; null where unknown or (optional port) unconnected
     */
    public PortObjectSpec[] configure(PortObjectSpec[] inSpecs, FlowObjectStack incoming)
            throws InvalidSettingsException {
        if (inSpecs.length != model.getInPortTypes().length) {
            throw new IllegalArgumentException(
                    "Expected " + model.getInPortTypes().length + " input specs, got " + inSpecs.length);
        }
        prepare(incoming);
        PortObjectSpec[] specs = inSpecs.clone();
        PortType[] inTypes = model.getInPortTypes();
        for (int i = 0; i < specs.length; i++) {
            // from a generic port: a spec of another kind (or "empty") is not known to this node's port
            if (specs[i] != null && !inTypes[i].getSpecClass().isInstance(specs[i])) {
                specs[i] = null;
            }
        }
        PortObjectSpec[] out = ACCESS.configure(model, specs);
        if (out == null || out.length != model.getOutPortTypes().length) {
            throw new IllegalStateException(factory.getId() + " returned " + (out == null ? "no" : out.length)
                    + " output specs for " + model.getOutPortTypes().length + " output ports");
        }
        finish();
        return out;
    }

    /**
     * Executes the model. Afterwards {@link #getOutgoingFlowStack()} holds the variables downstream nodes see, and for
     * loop ends {@link #isContinueLoopRequested()} tells whether another iteration is wanted.
     */
    public PortObject[] execute(PortObject[] inObjects, FlowObjectStack incoming, ExecutionContext exec)
            throws Exception {
        PortType[] inTypes = model.getInPortTypes();
        if (inObjects.length != inTypes.length) {
            throw new IllegalArgumentException("Node '" + nodeId + "' has " + inTypes.length + " input ports but got "
                    + inObjects.length + " input objects");
        }
        inObjects = inObjects.clone();
        for (int i = 0; i < inTypes.length; i++) {
            if (inObjects[i] instanceof EmptyPortObject) {
                if (!inTypes[i].isOptional()) {
                    throw new IllegalArgumentException("Input " + i + " of node '" + nodeId + "' must be a "
                            + inTypes[i].getName() + " but received nothing (an empty generic port upstream, e.g. a"
                            + " recursive loop's object port in its first iteration)");
                }
                inObjects[i] = null;
            }
            if (!inTypes[i].isInstance(inObjects[i])) {
                throw new IllegalArgumentException("Input " + i + " of node '" + nodeId + "' must be a "
                        + inTypes[i].getName() + " but is "
                        + (inObjects[i] == null ? "missing" : inObjects[i].getClass().getSimpleName()));
            }
        }
        prepare(incoming);
        ACCESS.setContinueLoopRequested(model, false);
        ACCESS.configure(model, specsOf(inObjects)); // settings may depend on the actual input (e.g. column choice)
        ACCESS.pushedVariables(model).clear();
        PortObject[] out = ACCESS.execute(model, inObjects.clone(), exec);
        PortType[] outTypes = model.getOutPortTypes();
        if (!ACCESS.continueLoopRequested(model)) {
            if (out == null || out.length != outTypes.length) {
                throw new IllegalStateException(factory.getId() + " returned " + (out == null ? "no" : out.length)
                        + " outputs for " + outTypes.length + " output ports");
            }
            for (int i = 0; i < outTypes.length; i++) {
                if (out[i] == null || !outTypes[i].getObjectClass().isInstance(out[i])) {
                    throw new IllegalStateException(factory.getId() + " returned "
                            + (out[i] == null ? "nothing" : out[i].getClass().getSimpleName()) + " at output " + i
                            + ", expected a " + outTypes[i].getName());
                }
            }
        }
        finish();
        return out;
    }

    private static PortObjectSpec[] specsOf(PortObject[] objects) {
        PortObjectSpec[] specs = new PortObjectSpec[objects.length];
        for (int i = 0; i < objects.length; i++) {
            specs[i] = objects[i] == null ? null : objects[i].getSpec();
        }
        return specs;
    }

    private void prepare(FlowObjectStack incoming) throws InvalidSettingsException {
        ACCESS.clearMessages(model);
        ACCESS.pushedVariables(model).clear();
        FlowObjectStack visible = incoming;
        if (isLoopEnd()) {
            if (incoming.peekLoopContext().isEmpty()) {
                throw new InvalidSettingsException("Loop end '" + nodeId + "' (" + factory.getName()
                        + ") is not inside a loop: connect it downstream of a loop start");
            }
        }
        if (isLoopStart()) {
            openedLoopContext = new FlowLoopContext(nodeId);
            visible = incoming.push(openedLoopContext);
        }
        ACCESS.setFlowStack(model, visible);
        NodeSettings effective = effectiveSettings(visible);
        ACCESS.setSettings(model, effective);
        checkPaths(effective);
    }

    /** Refuses path settings outside the folders the policy permits, naming the setting. */
    private void checkPaths(NodeSettings settings) throws InvalidSettingsException {
        PathPolicy policy = ACCESS.pathPolicy(model);
        if (policy == null) {
            return;
        }
        for (SettingsHandler.PathSetting path : settingsHandler.pathSettings(settings)) {
            try {
                policy.check(path.kind(), path.value());
            } catch (PathNotAllowedException e) {
                throw new InvalidSettingsException("Setting '" + path.name() + "': " + e.getMessage(), e);
            }
        }
    }

    private void finish() {
        FlowObjectStack base = ACCESS.flowStack(model);
        if (isLoopEnd()) {
            base = base.popLoopContext();
        }
        outgoingStack = base.pushAll(ACCESS.pushedVariables(model));
    }

    /** The flow variables (and loop contexts) this node passes downstream after its last configure or execute. */
    public FlowObjectStack getOutgoingFlowStack() {
        return outgoingStack;
    }

    /** The loop context this loop start opened in its last configure or execute. */
    public FlowLoopContext getOpenedLoopContext() {
        return openedLoopContext;
    }

    public boolean isContinueLoopRequested() {
        return ACCESS.continueLoopRequested(model);
    }

    /** The warning of the last configure or execute, or null. */
    public String getWarningMessage() {
        return ACCESS.warning(model);
    }

    /** The information message of the last configure or execute (no action needed), or null. */
    public String getInfoMessage() {
        return ACCESS.info(model);
    }

    /** Drops the model's results and state. */
    public void reset() {
        ACCESS.reset(model);
        ACCESS.clearMessages(model);
        ACCESS.setContinueLoopRequested(model, false);
        ACCESS.pushedVariables(model).clear();
        outgoingStack = FlowObjectStack.empty();
    }

    @Override
    public String toString() {
        return nodeId + " (" + factory.getName() + ")";
    }
}
