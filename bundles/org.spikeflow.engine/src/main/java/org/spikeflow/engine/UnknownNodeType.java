package org.spikeflow.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.core.util.EchoedInput;

/**
 * The load error for a node type that no installed bundle provides: a misspelt type gets the closest installed type,
 * and an installed bundle is never blamed for a type it does not have.
 */
final class UnknownNodeType {

    private UnknownNodeType() {
    }

    /**
     * @param feature
     *            the feature the file says provides the node ("" when it does not say)
     * @param updateSite
     *            where that feature is published ("" when unknown)
     */
    static String message(String type, String nodeId, String bundle, String feature, String updateSite,
            NodeRepository repository) {
        List<String> installed = repository.getFactories().stream().map(NodeFactory::getId).toList();
        Set<String> installedBundles = new HashSet<>();
        for (NodeFactory<?> factory : repository.getFactories()) {
            installedBundles.add(WorkflowFiles.guessBundle(factory.getId()));
            if (factory.getDescription() != null && factory.getDescription().bundle() != null) {
                installedBundles.add(factory.getDescription().bundle());
            }
        }
        Optional<String> closest = ClosestName.closest(type, installed);
        String start = "Unknown node type '" + EchoedInput.shorten(type) + "' (node '" + EchoedInput.shorten(nodeId)
                + "')";
        String suggestion = closest.map(c -> "; did you mean '" + c + "'?").orElse("");
        if (installedBundles.contains(bundle)) {
            return start + ": bundle '" + bundle + "' is installed but provides no such node type" + suggestion
                    + (closest.isEmpty() ? "; 'spikeflow nodes' lists the installed node types" : "");
        }
        if (!feature.isBlank()) {
            // the file knows the feature: the type is not misspelt, its extension is not installed
            return start + ": it is provided by bundle '" + EchoedInput.shorten(bundle) + "' of feature '"
                    + EchoedInput.shorten(feature) + "', which is not installed; install it with: spikeflow install "
                    + (updateSite.isBlank() ? "UPDATE_SITE" : EchoedInput.shorten(updateSite)) + " "
                    + EchoedInput.shorten(feature);
        }
        if (closest.isPresent()) {
            return start + suggestion + " (otherwise it would come from bundle '" + bundle + "', which is not "
                    + "installed)";
        }
        return start + ": it is provided by bundle '" + bundle + "', which is not installed; install the feature that"
                + " contains it or drop the bundle into the dropins folder";
    }
}
