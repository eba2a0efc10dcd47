package org.spikeflow.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.engine.Connection;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.engine.NodePosition;
import org.spikeflow.engine.WorkflowAnnotation;
import org.spikeflow.engine.WorkflowManager;
import org.spikeflow.ui.internal.http.HttpError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns the contract's ops ({@code {"op": "addNode", ...}}) into {@link Change}s over a workflow's engine model. */
final class EditOps {
    private static final Pattern PORT_REF = Pattern.compile("([^:]+):(flow|\\d+)");

    private final WorkflowManager workflow;

    EditOps(WorkflowManager workflow) {
        this.workflow = workflow;
    }

    /** A port reference "n1:0" / "n1:flow". */
    record PortRef(String node, int port) {
        static PortRef parse(String text, String field) {
            Matcher matcher = text == null ? null : PORT_REF.matcher(text);
            if (matcher == null || !matcher.matches()) {
                throw new HttpError(400, "\"" + field + "\" must look like \"n1:0\" or \"n1:flow\", got '" + text + "'",
                        List.of(new HttpError.Detail(field, "port reference expected")));
            }
            return new PortRef(matcher.group(1),
                    matcher.group(2).equals("flow") ? Connection.FLOW_PORT : Integer.parseInt(matcher.group(2)));
        }
    }

    /**
     * Builds the change of one op; validation that needs the engine happens when it is applied.
     *
     * @param idsInUse
     *            node ids taken by earlier ops of the same command (so generated ids do not collide)
     */
    Change parse(JsonNode op, List<String> idsInUse) {
        if (!op.isObject()) {
            throw HttpError.badRequest("Each op must be an object with an \"op\" field");
        }
        String kind = Json.text(op, "op");
        return switch (kind) {
            case "addNode" -> addNode(op, idsInUse);
            case "removeNodes" -> removeNodes(strings(op, "ids"));
            case "moveNodes" -> moveNodes(op);
            case "connect" -> connect(PortRef.parse(Json.optionalText(op, "from"), "from"),
                    PortRef.parse(Json.optionalText(op, "to"), "to"));
            case "disconnect" -> disconnect(PortRef.parse(Json.optionalText(op, "from"), "from"),
                    PortRef.parse(Json.optionalText(op, "to"), "to"));
            case "setSettings" -> setSettings(op);
            case "addAnnotation", "updateAnnotation" -> putAnnotation(op);
            case "removeAnnotations" -> removeAnnotations(strings(op, "ids"));
            case "setVariables" -> setVariables(op);
            case "paste" -> paste(op, idsInUse);
            case "setLabel" -> throw HttpError.badRequest(
                    "Op 'setLabel': the workflow format has no node labels yet");
            default -> throw HttpError.badRequest("Unknown op '" + kind + "'");
        };
    }

    // ---- nodes ----

    private Change addNode(JsonNode op, List<String> idsInUse) {
        String type = Json.text(op, "type");
        String requested = Json.optionalText(op, "id");
        String id = requested != null ? requested : freshId(idsInUse);
        idsInUse.add(id);
        NodePosition position = new NodePosition(Json.integer(op, "x"), Json.integer(op, "y"));
        ObjectNode settings = op.hasNonNull("settings") ? objectField(op, "settings") : null;
        return addNode(id, type, position, settings, Map.of());
    }

    private Change addNode(String id, String type, NodePosition position, ObjectNode settings,
            Map<String, String> bindings) {
        return new Change() {
            @Override
            public void apply() throws Exception {
                workflow.addNode(id, type);
                try {
                    if (position != null) {
                        workflow.setPosition(id, position);
                    }
                    if (settings != null) {
                        workflow.setNodeSettings(id, NodeCatalog.unmask(settings));
                    }
                    for (Map.Entry<String, String> binding : bindings.entrySet()) {
                        workflow.setVariableSetting(id, binding.getKey(), binding.getValue());
                    }
                } catch (Exception e) {
                    workflow.removeNode(id);
                    throw e;
                }
            }

            @Override
            public void revert() {
                workflow.removeNode(id);
            }
        };
    }

    private String freshId(List<String> idsInUse) {
        int next = 1;
        while (workflow.findNode("n" + next).isPresent() || idsInUse.contains("n" + next)) {
            next++;
        }
        return "n" + next;
    }

    /** Everything needed to put a removed node back: type, settings (with secrets), bindings, position, wiring. */
    private record RemovedNode(String id, NodeFactory<?> factory, ObjectNode settings, Map<String, String> bindings,
            NodePosition position, ObjectNode fileSettings, int fileSettingsVersion) {
    }

    private Change removeNodes(List<String> ids) {
        List<RemovedNode> removed = new ArrayList<>();
        List<Connection> wiring = new ArrayList<>();
        return new Change() {
            @Override
            public void apply() {
                removed.clear();
                wiring.clear();
                for (String id : ids) {
                    NodeContainer container = node(id);
                    removed.add(new RemovedNode(id, container.getNode().getFactory(),
                            container.getNode().getSettingsJson(true), container.getNode().getVariableSettings(),
                            workflow.getLayout().get(id), container.getFileSettingsIfUnchanged(),
                            container.getFileSettingsVersion()));
                    for (Connection c : workflow.getConnections()) {
                        if ((c.sourceId().equals(id) || c.destId().equals(id)) && !wiring.contains(c)) {
                            wiring.add(c);
                        }
                    }
                }
                for (String id : ids) {
                    workflow.removeNode(id);
                }
            }

            @Override
            public void revert() throws Exception {
                for (RemovedNode node : removed) {
                    // The same factory puts back also a node whose type is missing from the repository.
                    NodeContainer restored = workflow.addNode(node.id(), node.factory());
                    if (node.position() != null) {
                        workflow.setPosition(node.id(), node.position());
                    }
                    workflow.setNodeSettings(node.id(), node.settings());
                    if (node.fileSettings() != null) { // saved again in the file's own form
                        restored.rememberFileSettings(node.fileSettings(), restored.getNode().getSettingsJson(false),
                                node.fileSettingsVersion());
                    }
                    for (Map.Entry<String, String> binding : node.bindings().entrySet()) {
                        workflow.setVariableSetting(node.id(), binding.getKey(), binding.getValue());
                    }
                }
                for (Connection c : wiring) {
                    workflow.connect(c.sourceId(), c.sourcePort(), c.destId(), c.destPort());
                }
            }
        };
    }

    private Change moveNodes(JsonNode op) {
        JsonNode moves = op.get("moves");
        if (moves == null || !moves.isArray()) {
            throw HttpError.badRequest("moveNodes needs \"moves\": [{\"id\", \"x\", \"y\"}]");
        }
        Map<String, NodePosition> target = new LinkedHashMap<>();
        for (JsonNode move : moves) {
            target.put(Json.text(move, "id"), new NodePosition(Json.integer(move, "x"), Json.integer(move, "y")));
        }
        Map<String, NodePosition> before = new HashMap<>();
        return new Change() {
            @Override
            public void apply() {
                for (Map.Entry<String, NodePosition> move : target.entrySet()) {
                    node(move.getKey());
                    before.put(move.getKey(), workflow.getLayout().get(move.getKey()));
                }
                target.forEach(workflow::setPosition);
            }

            @Override
            public void revert() {
                before.forEach((id, position) -> {
                    if (position != null) {
                        workflow.setPosition(id, position);
                    }
                });
            }
        };
    }

    // ---- connections ----

    private Change connect(PortRef from, PortRef to) {
        Connection wanted = new Connection(from.node(), from.port(), to.node(), to.port());
        Connection[] replaced = new Connection[1];
        return new Change() {
            @Override
            public void apply() throws Exception {
                replaced[0] = null;
                if (to.port() != Connection.FLOW_PORT) {
                    for (Connection c : workflow.getIncoming(to.node())) {
                        if (c.destPort() == to.port() && !c.equals(wanted)) {
                            replaced[0] = c; // a new connection into an input replaces the old one
                        }
                    }
                }
                if (replaced[0] != null) {
                    workflow.disconnect(replaced[0]);
                }
                try {
                    workflow.connect(from.node(), from.port(), to.node(), to.port());
                } catch (Exception e) {
                    if (replaced[0] != null) {
                        reconnect(replaced[0]);
                    }
                    throw e;
                }
            }

            @Override
            public void revert() throws Exception {
                workflow.disconnect(wanted);
                if (replaced[0] != null) {
                    reconnect(replaced[0]);
                }
            }
        };
    }

    private Change disconnect(PortRef from, PortRef to) {
        Connection connection = new Connection(from.node(), from.port(), to.node(), to.port());
        return new Change() {
            @Override
            public void apply() {
                if (!workflow.getConnections().contains(connection)) {
                    throw HttpError.badRequest("There is no connection " + connection);
                }
                workflow.disconnect(connection);
            }

            @Override
            public void revert() throws Exception {
                reconnect(connection);
            }
        };
    }

    private void reconnect(Connection c) throws Exception {
        workflow.connect(c.sourceId(), c.sourcePort(), c.destId(), c.destPort());
    }

    // ---- settings ----

    private Change setSettings(JsonNode op) {
        String id = Json.text(op, "node");
        ObjectNode settings = op.hasNonNull("settings") ? objectField(op, "settings") : null;
        Map<String, String> bindings = null;
        if (op.hasNonNull("variableSettings")) {
            bindings = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = objectField(op, "variableSettings").fields(); it
                    .hasNext();) {
                Map.Entry<String, JsonNode> binding = it.next();
                if (!binding.getValue().isTextual() && !binding.getValue().isNull()) {
                    throw new HttpError(400, "variableSettings maps setting paths to flow variable names",
                            List.of(new HttpError.Detail("variableSettings." + binding.getKey(), "must be a string")));
                }
                bindings.put(binding.getKey(), binding.getValue().isNull() ? null : binding.getValue().asText());
            }
        }
        Map<String, String> newBindings = bindings;
        ObjectNode[] oldSettings = new ObjectNode[1];
        List<Map<String, String>> oldBindings = new ArrayList<>();
        return new Change() {
            @Override
            public void apply() throws Exception {
                NodeContainer container = node(id);
                oldSettings[0] = container.getNode().getSettingsJson(true);
                oldBindings.clear();
                oldBindings.add(container.getNode().getVariableSettings());
                try {
                    if (settings != null) {
                        workflow.setNodeSettings(id, NodeCatalog.unmask(settings));
                    }
                    if (newBindings != null) {
                        replaceBindings(id, newBindings);
                    }
                } catch (Exception e) {
                    revert();
                    throw e;
                }
            }

            @Override
            public void revert() throws Exception {
                workflow.setNodeSettings(id, oldSettings[0]);
                replaceBindings(id, oldBindings.get(0));
            }
        };
    }

    private void replaceBindings(String id, Map<String, String> bindings) throws Exception {
        for (String existing : node(id).getNode().getVariableSettings().keySet()) {
            if (!bindings.containsKey(existing)) {
                workflow.setVariableSetting(id, existing, null);
            }
        }
        for (Map.Entry<String, String> binding : bindings.entrySet()) {
            workflow.setVariableSetting(id, binding.getKey(), binding.getValue());
        }
    }

    // ---- annotations ----

    static WorkflowAnnotation annotation(JsonNode json, String id) {
        return new WorkflowAnnotation(id, json.path("text").asText(""), Json.integer(json, "x"),
                Json.integer(json, "y"),
                json.has("width") ? Json.integer(json, "width") : 200,
                json.has("height") ? Json.integer(json, "height") : 80);
    }

    private Change putAnnotation(JsonNode op) {
        String id = Json.text(op, "id");
        WorkflowAnnotation annotation = annotation(op, id);
        WorkflowAnnotation[] before = new WorkflowAnnotation[1];
        return new Change() {
            @Override
            public void apply() {
                before[0] = findAnnotation(id);
                if (op.path("op").asText().equals("updateAnnotation") && before[0] == null) {
                    throw HttpError.badRequest("There is no annotation '" + id + "'");
                }
                workflow.addAnnotation(annotation);
            }

            @Override
            public void revert() {
                workflow.removeAnnotation(id);
                if (before[0] != null) {
                    workflow.addAnnotation(before[0]);
                }
            }
        };
    }

    private Change removeAnnotations(List<String> ids) {
        List<WorkflowAnnotation> removed = new ArrayList<>();
        return new Change() {
            @Override
            public void apply() {
                removed.clear();
                for (String id : ids) {
                    WorkflowAnnotation annotation = findAnnotation(id);
                    if (annotation == null) {
                        throw HttpError.badRequest("There is no annotation '" + id + "'");
                    }
                    removed.add(annotation);
                }
                ids.forEach(workflow::removeAnnotation);
            }

            @Override
            public void revert() {
                removed.forEach(workflow::addAnnotation);
            }
        };
    }

    private WorkflowAnnotation findAnnotation(String id) {
        return workflow.getAnnotations().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    // ---- workflow variables ----

    private Change setVariables(JsonNode op) {
        JsonNode list = op.get("variables");
        if (list == null || !list.isArray()) {
            throw HttpError.badRequest("setVariables needs \"variables\": [{\"name\", \"type\", \"value\"}]");
        }
        List<FlowVariable> wanted = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String name = Json.text(entry, "name");
            try {
                FlowVariableType type = FlowVariableType.fromLabel(Json.text(entry, "type"));
                wanted.add(FlowVariable.parse(name, type, entry.path("value").asText()));
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "Variable '" + name + "': " + e.getMessage(),
                        List.of(new HttpError.Detail("variables." + i, e.getMessage())));
            }
        }
        List<FlowVariable> before = new ArrayList<>();
        return new Change() {
            @Override
            public void apply() {
                before.clear();
                before.addAll(workflow.getWorkflowVariables().values());
                replaceVariables(wanted);
            }

            @Override
            public void revert() {
                replaceVariables(before);
            }
        };
    }

    private void replaceVariables(List<FlowVariable> variables) {
        for (String name : List.copyOf(workflow.getWorkflowVariables().keySet())) {
            workflow.removeWorkflowVariable(name);
        }
        variables.forEach(workflow::setWorkflowVariable);
    }

    // ---- paste ----

    /**
     * Pastes a fragment in the workflow file's own format ({@code nodes}, {@code connections}, {@code annotations},
     * {@code layout}) with fresh node and annotation ids, shifted by dx/dy.
     */
    private Change paste(JsonNode op, List<String> idsInUse) {
        JsonNode fragment = op.get("fragment");
        if (fragment == null || !fragment.isObject()) {
            throw HttpError.badRequest("paste needs a \"fragment\" object (as returned by copy)");
        }
        int dx = op.has("dx") ? Json.integer(op, "dx") : 0;
        int dy = op.has("dy") ? Json.integer(op, "dy") : 0;
        List<Change> parts = new ArrayList<>();
        Map<String, String> newIds = new HashMap<>();
        for (JsonNode node : fragment.path("nodes")) {
            String oldId = Json.text(node, "id");
            String id = freshId(idsInUse);
            idsInUse.add(id);
            newIds.put(oldId, id);
            JsonNode at = fragment.path("layout").path(oldId);
            NodePosition position = at.isObject()
                    ? new NodePosition(at.path("x").asInt() + dx, at.path("y").asInt() + dy)
                    : null;
            Map<String, String> bindings = new LinkedHashMap<>();
            node.path("variableSettings").fields()
                    .forEachRemaining(b -> bindings.put(b.getKey(), b.getValue().asText()));
            ObjectNode settings = node.get("settings") instanceof ObjectNode s ? s : null;
            parts.add(addNode(id, Json.text(node, "type"), position, settings, bindings));
        }
        for (JsonNode connection : fragment.path("connections")) {
            PortRef from = PortRef.parse(connection.path("from").asText(null), "fragment.connections.from");
            PortRef to = PortRef.parse(connection.path("to").asText(null), "fragment.connections.to");
            if (newIds.containsKey(from.node()) && newIds.containsKey(to.node())) {
                parts.add(connect(new PortRef(newIds.get(from.node()), from.port()),
                        new PortRef(newIds.get(to.node()), to.port())));
            }
        }
        int next = 1;
        for (JsonNode annotation : fragment.path("annotations")) {
            while (findAnnotation("a" + next) != null) {
                next++;
            }
            ObjectNode shifted = ((ObjectNode) annotation).deepCopy();
            shifted.put("x", annotation.path("x").asInt() + dx).put("y", annotation.path("y").asInt() + dy);
            String id = "a" + next++;
            WorkflowAnnotation pasted = annotation(shifted, id);
            parts.add(new Change() {
                @Override
                public void apply() {
                    workflow.addAnnotation(pasted);
                }

                @Override
                public void revert() {
                    workflow.removeAnnotation(id);
                }
            });
        }
        return new Change() {
            int applied;

            @Override
            public void apply() throws Exception {
                applied = 0;
                try {
                    for (Change part : parts) {
                        part.apply();
                        applied++;
                    }
                } catch (Exception e) {
                    revert();
                    throw e;
                }
            }

            @Override
            public void revert() throws Exception {
                for (int i = applied - 1; i >= 0; i--) {
                    parts.get(i).revert();
                }
                applied = 0;
            }
        };
    }

    // ---- helpers ----

    private NodeContainer node(String id) {
        return workflow.findNode(id).orElseThrow(() -> HttpError.badRequest("There is no node '" + id + "'"));
    }

    private static List<String> strings(JsonNode op, String field) {
        JsonNode list = op.get(field);
        if (list == null || !list.isArray()) {
            throw HttpError.badRequest("\"" + field + "\" must be a list of ids");
        }
        List<String> result = new ArrayList<>();
        list.forEach(item -> result.add(item.asText()));
        return result;
    }

    private static ObjectNode objectField(JsonNode op, String field) {
        JsonNode value = op.get(field);
        if (!(value instanceof ObjectNode object)) {
            throw new HttpError(400, "\"" + field + "\" must be an object", List.of(new HttpError.Detail(field,
                    "object expected")));
        }
        return object;
    }
}
