package org.spikeflow.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeDescription;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.node.PortDescription;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.port.PortTypeRegistry;
import org.spikeflow.engine.NodeRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The node repository and port types as the canvas sees them, and the masking of secret settings: a secret's value
 * never leaves the server, the page sees {@code {"$secret": "set"}} or {@code {"$secret": "not set"}}.
 */
final class NodeCatalog {
    static final String SECRET = "$secret";

    private final NodeRepository repository;
    private final Map<String, ObjectNode> defaults = new ConcurrentHashMap<>();

    NodeCatalog(NodeRepository repository) {
        this.repository = repository;
    }

    NodeRepository repository() {
        return repository;
    }

    ArrayNode nodes() {
        ArrayNode list = Json.array();
        for (NodeFactory<?> factory : repository.getFactories()) {
            NodeDescription description = factory.getDescription();
            ObjectNode entry = list.addObject();
            entry.put("type", factory.getId());
            entry.put("name", factory.getName());
            entry.put("category", factory.getCategory().replaceFirst("^/+", ""));
            entry.put("shortDescription", description.shortDescription());
            entry.put("fullDescription", description.fullDescription());
            entry.put("icon", svgIcon(factory.getIcon()));
            Node probe = new Node("probe", factory);
            entry.set("inPorts", ports(probe.getInPortTypes(), description.inPorts()));
            entry.set("outPorts", ports(probe.getOutPortTypes(), description.outPorts()));
            entry.set("settingsSchema", description.settingsSchema());
            entry.set("defaultSettings", defaultSettings(factory));
            entry.put("loopRole", probe.isLoopStart() ? "start" : probe.isLoopEnd() ? "end" : null);
        }
        return list;
    }

    ArrayNode portTypes() {
        ArrayNode list = Json.array();
        List<PortType> all = PortTypeRegistry.getInstance().all();
        for (PortType type : all) {
            ObjectNode entry = list.addObject();
            entry.put("id", type.getId());
            entry.put("name", type.getName());
            entry.put("color", type.getColor());
            ArrayNode targets = entry.putArray("connectableTo");
            for (PortType target : all) {
                if (target.accepts(type)) {
                    targets.add(target.getId());
                }
            }
        }
        return list;
    }

    /** Ports as the contract's Port objects: the node's actual types, named by its description. */
    static ArrayNode ports(PortType[] types, List<PortDescription> described) {
        ArrayNode list = Json.array();
        for (int i = 0; i < types.length; i++) {
            PortDescription description = i < described.size() ? described.get(i) : null;
            ObjectNode port = list.addObject();
            port.put("index", i);
            port.put("name", description != null ? description.name() : types[i].getName());
            port.put("type", types[i].getId());
            port.put("typeName", types[i].getName());
            port.put("color", types[i].getColor());
            port.put("optional", types[i].isOptional());
            port.put("description", description != null ? description.description() : "");
        }
        return list;
    }

    private ObjectNode defaultSettings(NodeFactory<?> factory) {
        return defaults.computeIfAbsent(factory.getId(), id -> {
            Node probe = new Node("probe", factory);
            return mask(probe.getSettingsJson(true), factory.getDescription().settingsSchema());
        }).deepCopy();
    }

    /** Settings with every secret replaced by whether it is set. */
    static ObjectNode mask(ObjectNode settingsWithSecrets, JsonNode schema) {
        ObjectNode masked = settingsWithSecrets.deepCopy();
        for (String secret : secretNames(schema)) {
            JsonNode value = masked.get(secret);
            boolean set = value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty());
            masked.set(secret, Json.object().put(SECRET, set ? "set" : "not set"));
        }
        return masked;
    }

    /**
     * Settings from the page made ready for the engine: a masked secret ({"$secret": ...}) is dropped so the node keeps
     * its stored value; a string replaces it.
     */
    static ObjectNode unmask(ObjectNode fromPage) {
        ObjectNode settings = fromPage.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = settings.fields(); it.hasNext();) {
            JsonNode value = it.next().getValue();
            if (value.isObject() && value.has(SECRET)) {
                it.remove();
            }
        }
        return settings;
    }

    static List<String> secretNames(JsonNode schema) {
        List<String> names = new java.util.ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            if (property.getValue().path("x-secret").asBoolean(false)) {
                names.add(property.getKey());
            }
        });
        return names;
    }

    private static String svgIcon(URL icon) {
        if (icon == null || !icon.getPath().endsWith(".svg")) {
            return null;
        }
        try (InputStream in = icon.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
