package org.spikeflow.batch.internal;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.ConsoleText;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.core.node.NodeDescription;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.PortDescription;
import org.spikeflow.engine.NodeRepository;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code spikeflow describe NODE_TYPE_ID}: one node's documentation, ports and settings. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=describe")
public final class DescribeCommand implements BatchCommand {
    @Reference
    private NodeRepository repository;

    @Override
    public String name() {
        return "describe";
    }

    @Override
    public String summary() {
        return "Show a node's description, ports and settings";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow describe NODE_TYPE_ID [--json]

                Prints the node's description, its input and output ports and every setting with its type,
                default and bounds (the settings' JSON Schema with --json).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> ids = args.stream().filter(a -> !a.equals("--json")).toList();
        if (ids.size() != 1 || ids.get(0).startsWith("--")) {
            err.println("spikeflow describe: expected one node type id" + (ids.isEmpty() ? "" : ", got " + ids));
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        Optional<NodeFactory<?>> factory = repository.find(ids.get(0));
        if (factory.isEmpty()) {
            err.println("spikeflow describe: unknown node type '" + ids.get(0) + "'; 'spikeflow nodes' lists them");
            List<String> installed = repository.getFactories().stream().map(NodeFactory::getId).toList();
            List<String> similar = installed.stream()
                    .filter(id -> id.contains(ids.get(0)) || ids.get(0).contains(id.substring(id.lastIndexOf('.') + 1)))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            ClosestName.closest(ids.get(0), installed).filter(c -> !similar.contains(c))
                    .ifPresent(c -> similar.add(0, c));
            if (!similar.isEmpty()) {
                err.println("Did you mean: " + String.join(", ", similar));
            }
            return BatchExitCodes.BAD_COMMAND_LINE;
        }
        NodeDescription description = factory.get().getDescription();
        if (args.contains("--json")) {
            out.println(ConsoleText.pretty(Descriptions.toJson(description, true)));
            return BatchExitCodes.SUCCESS;
        }
        out.println(description.name() + "  (" + description.id() + ")");
        out.println("Category: " + description.category() + "    Kind: " + description.nodeType()
                + (description.bundle() == null ? "" : "    Bundle: " + description.bundle()));
        out.println();
        out.println(description.shortDescription());
        if (!description.fullDescription().isEmpty()) {
            out.println();
            out.println(ConsoleText.wrap(description.fullDescription(), 100, ""));
        }
        printPorts(out, "Input ports", description.inPorts());
        printPorts(out, "Output ports", description.outPorts());
        JsonNode properties = description.settingsSchema().path("properties");
        out.println();
        out.println("Settings (any can be controlled by a flow variable):");
        if (properties.isEmpty()) {
            out.println("  (none)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode property = entry.getValue();
            StringBuilder line = new StringBuilder("  ").append(entry.getKey()).append(" (")
                    .append(Descriptions.typeText(property)).append(")");
            if (property.has("default")) {
                line.append(", default ").append(property.get("default"));
            }
            String bounds = Descriptions.boundsText(property);
            if (!bounds.isEmpty()) {
                line.append(", ").append(bounds);
            }
            if (property.path("x-secret").asBoolean()) {
                line.append(", secret: never saved in workflow files");
            }
            out.println(line);
            out.println("      " + property.path("title").asText());
            if (property.has("description")) {
                out.println(ConsoleText.wrap(property.get("description").asText(), 94, "      "));
            }
        }
        return BatchExitCodes.SUCCESS;
    }

    private static void printPorts(PrintStream out, String title, List<PortDescription> ports) {
        out.println();
        out.println(title + ":");
        if (ports.isEmpty()) {
            out.println("  (none)");
        }
        for (PortDescription port : ports) {
            out.println("  " + port.index() + ": " + port.name() + " [" + port.portTypeName()
                    + (port.optional() ? ", optional" : "") + "]");
            if (!port.description().isEmpty()) {
                out.println(ConsoleText.wrap(port.description(), 94, "      "));
            }
        }
    }
}
