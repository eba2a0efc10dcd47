package org.spikeflow.core.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.internal.ModelAccess;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;

/**
 * What a node does, KNIME style: {@link #configure} maps input specs to output specs (so errors show before anything
 * runs), {@link #execute} maps input objects to output objects, {@link #reset} drops internal state. The framework
 * ({@link org.spikeflow.core.runtime.Node}) loads and validates the settings, applies flow-variable overrides, and
 * hands the model its effective settings before each configure and execute.
 *
 * @param <S>
 *            the settings class
 */
public abstract class NodeModel<S extends NodeSettings> {
    private final PortType[] inPortTypes;
    private final PortType[] outPortTypes;
    private final Class<S> settingsClass;

    static {
        ModelAccess.install(new Access());
    }

    // Set by the framework (org.spikeflow.core.runtime.Node, through ModelAccess) for configure/execute.
    S settings;
    FlowObjectStack flowStack = FlowObjectStack.empty();
    final List<FlowVariable> pushedVariables = new ArrayList<>();
    String warning;
    String info;
    boolean continueLoopRequested;
    NodeModel<?> loopPartner;
    Path workflowDirectory;
    PathPolicy pathPolicy;
    UserGrants userGrants = UserGrants.NONE;
    NodeLogger logger = NodeLogger.forSource(getClass().getSimpleName());

    protected NodeModel(PortType[] inPortTypes, PortType[] outPortTypes, Class<S> settingsClass) {
        this.inPortTypes = inPortTypes.clone();
        this.outPortTypes = outPortTypes.clone();
        this.settingsClass = settingsClass;
    }

    public final PortType[] getInPortTypes() {
        return inPortTypes.clone();
    }

    public final PortType[] getOutPortTypes() {
        return outPortTypes.clone();
    }

    public final Class<S> getSettingsClass() {
        return settingsClass;
    }

    /** The effective settings (after flow-variable overrides) for the current configure or execute. */
    protected final S getSettings() {
        return settings;
    }

    /**
     * Checks the settings against the input specs and returns the output specs. A null input spec means the upstream
     * node cannot tell before it runs; return null for outputs you then cannot predict.
     */
    protected abstract PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException;

    /** Does the work. Report progress and check for cancel on {@code exec}. */
    protected abstract PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception;

    /** Drops results and internal state (e.g. a loop's iteration count). */
    protected void reset() {
    }

    /** A warning shown with the node's result (the batch runner exits with 1 when any node warned). */
    protected final void setWarningMessage(String message) {
        warning = message;
    }

    /**
     * Information shown with the node's result that needs no action, e.g. a fallback the workflow asked for (unlike a
     * warning, it does not change the batch runner's exit code).
     */
    protected final void setInfoMessage(String message) {
        info = message;
    }

    protected final NodeLogger getLogger() {
        return logger;
    }

    /**
     * The folder holding the workflow file, or null when unknown (e.g. an unsaved workflow). Lets nodes that read files
     * resolve relative paths at configure time, when there is no {@link ExecutionContext} yet.
     */
    protected final Path getWorkflowDirectory() {
        return workflowDirectory;
    }

    /**
     * Where this node may read and write, or null when unknown. Path settings (declared with
     * {@code @Setting(path = ...)}) are checked against it before configure and execute; nodes that read a file at
     * configure time resolve it here.
     */
    protected final PathPolicy getPathPolicy() {
        return pathPolicy;
    }

    /** What the user allowed outside the workflow file (e.g. a service endpoint); never set from the file. */
    protected final UserGrants getUserGrants() {
        return userGrants;
    }

    // ---- flow variables ----

    protected final void pushFlowVariable(FlowVariable variable) {
        pushedVariables.removeIf(v -> v.getName().equals(variable.getName()));
        pushedVariables.add(variable);
    }

    protected final void pushFlowVariableInt(String name, int value) {
        pushFlowVariable(FlowVariable.ofInt(name, value));
    }

    protected final void pushFlowVariableDouble(String name, double value) {
        pushFlowVariable(FlowVariable.ofDouble(name, value));
    }

    protected final void pushFlowVariableString(String name, String value) {
        pushFlowVariable(FlowVariable.ofString(name, value));
    }

    protected final void pushFlowVariableBoolean(String name, boolean value) {
        pushFlowVariable(FlowVariable.ofBoolean(name, value));
    }

    /** The variable of that name visible to this node (own pushes first, then the incoming stack). */
    protected final Optional<FlowVariable> findFlowVariable(String name) {
        for (int i = pushedVariables.size() - 1; i >= 0; i--) {
            if (pushedVariables.get(i).getName().equals(name)) {
                return Optional.of(pushedVariables.get(i));
            }
        }
        return flowStack.find(name);
    }

    /**
     * @throws InvalidSettingsException
     *             if there is no such variable
     */
    protected final FlowVariable peekFlowVariable(String name) throws InvalidSettingsException {
        return findFlowVariable(name).orElseThrow(() -> new InvalidSettingsException(
                "Flow variable '" + name + "' is not available; available: " + getAvailableFlowVariables().keySet()));
    }

    protected final int peekFlowVariableInt(String name) throws InvalidSettingsException {
        FlowVariable variable = peekFlowVariable(name);
        requireType(variable, FlowVariableType.INT);
        return variable.getIntValue();
    }

    protected final double peekFlowVariableDouble(String name) throws InvalidSettingsException {
        FlowVariable variable = peekFlowVariable(name);
        if (variable.getType() != FlowVariableType.INT) {
            requireType(variable, FlowVariableType.DOUBLE);
        }
        return variable.getDoubleValue();
    }

    protected final String peekFlowVariableString(String name) throws InvalidSettingsException {
        return peekFlowVariable(name).getStringValue();
    }

    protected final boolean peekFlowVariableBoolean(String name) throws InvalidSettingsException {
        FlowVariable variable = peekFlowVariable(name);
        requireType(variable, FlowVariableType.BOOLEAN);
        return variable.getBooleanValue();
    }

    private static void requireType(FlowVariable variable, FlowVariableType type) throws InvalidSettingsException {
        if (variable.getType() != type) {
            throw new InvalidSettingsException("Flow variable '" + variable.getName() + "' is "
                    + variable.getType().label() + ", expected " + type.label());
        }
    }

    /** All variables visible to this node by name. */
    protected final Map<String, FlowVariable> getAvailableFlowVariables() {
        Map<String, FlowVariable> all = new java.util.LinkedHashMap<>(flowStack.getVariables());
        for (FlowVariable variable : pushedVariables) {
            all.remove(variable.getName());
            all.put(variable.getName(), variable);
        }
        return all;
    }

    // ---- loops ----

    /** For loop ends: asks the engine to run the loop body again. Outputs of this execution are ignored. */
    protected final void continueLoop() {
        if (!(this instanceof LoopEndNode)) {
            throw new IllegalStateException("Only loop end nodes can continue a loop");
        }
        continueLoopRequested = true;
    }

    /** For loop ends: the model of the matching loop start. */
    protected final LoopStartNode getLoopStartNode() {
        if (loopPartner == null || !(loopPartner instanceof LoopStartNode start)) {
            throw new IllegalStateException("This loop end is not paired with a loop start");
        }
        return start;
    }

    /** For loop starts: the model of the matching loop end (known once the workflow is configured). */
    protected final LoopEndNode getLoopEndNode() {
        if (loopPartner == null || !(loopPartner instanceof LoopEndNode end)) {
            throw new IllegalStateException("This loop start is not paired with a loop end");
        }
        return end;
    }

    /** Whether {@link #getLoopEndNode()} / {@link #getLoopStartNode()} can be called. */
    protected final boolean hasLoopPartner() {
        return loopPartner != null;
    }

    /** The framework's access to the state above (see {@link ModelAccess}). */
    private static final class Access extends ModelAccess {
        @Override
        public PortObjectSpec[] configure(NodeModel<?> model, PortObjectSpec[] inSpecs)
                throws InvalidSettingsException {
            return model.configure(inSpecs);
        }

        @Override
        public PortObject[] execute(NodeModel<?> model, PortObject[] inObjects, ExecutionContext exec)
                throws Exception {
            return model.execute(inObjects, exec);
        }

        @Override
        public void reset(NodeModel<?> model) {
            model.reset();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void setSettings(NodeModel<?> model, NodeSettings settings) {
            ((NodeModel) model).settings = model.settingsClass.cast(settings);
        }

        @Override
        public NodeSettings settings(NodeModel<?> model) {
            return model.settings;
        }

        @Override
        public FlowObjectStack flowStack(NodeModel<?> model) {
            return model.flowStack;
        }

        @Override
        public void setFlowStack(NodeModel<?> model, FlowObjectStack stack) {
            model.flowStack = stack;
        }

        @Override
        public List<FlowVariable> pushedVariables(NodeModel<?> model) {
            return model.pushedVariables;
        }

        @Override
        public String warning(NodeModel<?> model) {
            return model.warning;
        }

        @Override
        public String info(NodeModel<?> model) {
            return model.info;
        }

        @Override
        public void clearMessages(NodeModel<?> model) {
            model.warning = null;
            model.info = null;
        }

        @Override
        public boolean continueLoopRequested(NodeModel<?> model) {
            return model.continueLoopRequested;
        }

        @Override
        public void setContinueLoopRequested(NodeModel<?> model, boolean requested) {
            model.continueLoopRequested = requested;
        }

        @Override
        public void setLoopPartner(NodeModel<?> model, NodeModel<?> partner) {
            model.loopPartner = partner;
        }

        @Override
        public Path workflowDirectory(NodeModel<?> model) {
            return model.workflowDirectory;
        }

        @Override
        public void setWorkflowDirectory(NodeModel<?> model, Path folder) {
            model.workflowDirectory = folder;
        }

        @Override
        public PathPolicy pathPolicy(NodeModel<?> model) {
            return model.pathPolicy;
        }

        @Override
        public void setPathPolicy(NodeModel<?> model, PathPolicy policy) {
            model.pathPolicy = policy;
        }

        @Override
        public void setUserGrants(NodeModel<?> model, UserGrants grants) {
            model.userGrants = grants;
        }

        @Override
        public NodeLogger logger(NodeModel<?> model) {
            return model.logger;
        }

        @Override
        public void setLogger(NodeModel<?> model, NodeLogger logger) {
            model.logger = logger;
        }
    }
}
