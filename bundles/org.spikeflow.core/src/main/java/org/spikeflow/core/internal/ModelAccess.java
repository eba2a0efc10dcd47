package org.spikeflow.core.internal;

import java.nio.file.Path;
import java.util.List;

import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.UserGrants;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;

/**
 * How {@link org.spikeflow.core.runtime.Node} (the engine's side of a node) reaches the state a {@link NodeModel} keeps
 * for the framework, which node authors do not see: the API package {@code org.spikeflow.core.node} registers the one
 * implementation when {@link NodeModel} is loaded. This package is not exported, so no other bundle can call it.
 */
public abstract class ModelAccess {

    private static volatile ModelAccess instance;

    /** Called once, by {@link NodeModel}'s class initialiser. */
    public static void install(ModelAccess access) {
        if (instance != null) {
            throw new IllegalStateException("ModelAccess is installed already");
        }
        instance = access;
    }

    public static ModelAccess get() {
        if (instance == null) {
            try { // loading NodeModel installs it
                Class.forName(NodeModel.class.getName(), true, NodeModel.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public abstract PortObjectSpec[] configure(NodeModel<?> model, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException;

    public abstract PortObject[] execute(NodeModel<?> model, PortObject[] inObjects, ExecutionContext exec)
            throws Exception;

    public abstract void reset(NodeModel<?> model);

    public abstract void setSettings(NodeModel<?> model, NodeSettings settings);

    public abstract NodeSettings settings(NodeModel<?> model);

    public abstract FlowObjectStack flowStack(NodeModel<?> model);

    public abstract void setFlowStack(NodeModel<?> model, FlowObjectStack stack);

    public abstract List<FlowVariable> pushedVariables(NodeModel<?> model);

    public abstract String warning(NodeModel<?> model);

    public abstract String info(NodeModel<?> model);

    /** Clears the warning and the information message. */
    public abstract void clearMessages(NodeModel<?> model);

    public abstract boolean continueLoopRequested(NodeModel<?> model);

    public abstract void setContinueLoopRequested(NodeModel<?> model, boolean requested);

    public abstract void setLoopPartner(NodeModel<?> model, NodeModel<?> partner);

    public abstract Path workflowDirectory(NodeModel<?> model);

    public abstract void setWorkflowDirectory(NodeModel<?> model, Path folder);

    public abstract PathPolicy pathPolicy(NodeModel<?> model);

    public abstract void setPathPolicy(NodeModel<?> model, PathPolicy policy);

    public abstract void setUserGrants(NodeModel<?> model, UserGrants grants);

    public abstract NodeLogger logger(NodeModel<?> model);

    public abstract void setLogger(NodeModel<?> model, NodeLogger logger);
}
