package org.spikeflow.batch.internal;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.node.NodeDescription;
import org.spikeflow.core.node.PortDescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Text and JSON renderings of node descriptions for the command line. */
final class Descriptions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Descriptions() {
    }

    static ObjectNode toJson(NodeDescription description, boolean withSchema) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", description.id());
        node.put("name", description.name());
        node.put("category", description.category());
        node.put("nodeType", description.nodeType());
        node.put("bundle", description.bundle());
        node.put("shortDescription", description.shortDescription());
        if (withSchema) {
            node.put("fullDescription", description.fullDescription());
        }
        node.set("inPorts", ports(description.inPorts()));
        node.set("outPorts", ports(description.outPorts()));
        if (withSchema) {
            node.set("settingsSchema", description.settingsSchema());
        }
        return node;
    }

    private static ArrayNode ports(List<PortDescription> ports) {
        ArrayNode array = MAPPER.createArrayNode();
        for (PortDescription port : ports) {
            ObjectNode entry = array.addObject();
            entry.put("index", port.index());
            entry.put("name", port.name());
            entry.put("type", port.portTypeId());
            entry.put("optional", port.optional());
            entry.put("description", port.description());
        }
        return array;
    }

    static String typeText(JsonNode property) {
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(v -> values.add(v.asText()));
            return "one of " + String.join(" | ", values);
        }
        String type = property.path("type").asText("object");
        if (type.equals("array") && property.has("items")) {
            return "list of " + typeText(property.get("items"));
        }
        return type + (property.has("x-unit") ? ", " + property.get("x-unit").asText() : "");
    }

    static String boundsText(JsonNode property) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("minimum", "maximum", "minItems", "maxItems", "minLength", "pattern")) {
            if (property.has(key)) {
                parts.add(key + " " + property.get(key).asText());
            }
        }
        return String.join(", ", parts);
    }
}
