package org.spikeflow.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.spikeflow.ui.internal.http.HttpError;
import org.spikeflow.ui.internal.http.WebRequest;
import org.spikeflow.ui.internal.http.WebResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON in and out of the API: one mapper, request bodies, responses and the error shape of the contract. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** Largest request body accepted (a pasted fragment of a few hundred nodes fits easily). */
    private static final int MAX_BODY = 8 << 20;

    private Json() {
    }

    static ObjectNode object() {
        return F.objectNode();
    }

    static ArrayNode array() {
        return F.arrayNode();
    }

    /** The request body as a JSON object ({} when empty). */
    static ObjectNode body(WebRequest request) throws IOException {
        byte[] bytes = request.body(MAX_BODY);
        if (bytes.length == 0) {
            return object();
        }
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw HttpError.badRequest("The request body must be a JSON object");
        }
        return object;
    }

    static void send(WebResponse response, int status, JsonNode json) throws IOException {
        response.send(status, CONTENT_TYPE, MAPPER.writeValueAsBytes(json));
    }

    static void sendError(WebResponse response, int status, String message, List<HttpError.Detail> details)
            throws IOException {
        ObjectNode error = object();
        error.put("error", message == null ? "Error" : message);
        if (!details.isEmpty()) {
            ArrayNode list = error.putArray("details");
            for (HttpError.Detail detail : details) {
                list.addObject().put("path", detail.path()).put("message", detail.message());
            }
        }
        response.send(status, CONTENT_TYPE, MAPPER.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
    }

    /** A required string field. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new HttpError(400, "\"" + field + "\" is required and must be a non-empty string",
                    List.of(new HttpError.Detail(field, "required string")));
        }
        return value.asText();
    }

    /** An optional string field (null when absent or null). */
    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new HttpError(400, "\"" + field + "\" must be a string", List.of(new HttpError.Detail(field,
                    "must be a string")));
        }
        return value.asText();
    }

    static int integer(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber()) {
            throw new HttpError(400, "\"" + field + "\" is required and must be a number",
                    List.of(new HttpError.Detail(field, "required number")));
        }
        return (int) Math.round(value.asDouble());
    }
}
