package org.spikeflow.batch.internal;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.batch.ConsoleText;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.NodeRepository;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code spikeflow nodes}: the node repository, grouped by category. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=nodes")
public final class NodesCommand implements BatchCommand {
    @Reference
    private NodeRepository repository;

    @Override
    public String name() {
        return "nodes";
    }

    @Override
    public String summary() {
        return "List the node repository (every node the installed bundles provide)";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow nodes [--json]

                Lists every node type the runtime found, by category, with its id and short description.
                  --json   print a JSON array of node descriptions (id, name, category, ports, bundle, ...)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json;
        try {
            json = CommandLine.onlyFlag(args, "json");
        } catch (CommandLine.UsageException e) {
            return CommandLine.usageError(err, name(), e.getMessage());
        }
        List<NodeFactory<?>> factories = repository.getFactories();
        if (json) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (NodeFactory<?> factory : factories) {
                array.add(Descriptions.toJson(factory.getDescription(), false));
            }
            out.println(ConsoleText.pretty(array));
            return BatchExitCodes.SUCCESS;
        }
        // name, category and short description come from the factories' description files: no node model, settings
        // schema or JSON library is loaded for the list
        String category = null;
        for (NodeFactory<?> factory : factories) {
            if (!factory.getCategory().equals(category)) {
                category = factory.getCategory();
                out.println((category.isEmpty() ? "/" : category));
            }
            out.printf("  %-28s %-48s %s%n", factory.getName(), factory.getId(), factory.getShortDescription());
        }
        out.println(factories.size() + " nodes");
        return BatchExitCodes.SUCCESS;
    }
}
