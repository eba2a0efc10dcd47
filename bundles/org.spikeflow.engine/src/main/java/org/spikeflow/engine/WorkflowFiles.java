package org.spikeflow.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.flowvar.FlowVariableType;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeFactory;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.SettingsHandler;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code .spikeflow.json} workflow file format: one UTF-8 JSON document with a stable key order, two-space
 * indentation and one value per line, so files diff well. Node ids are kept; positions live in their own {@code layout}
 * section; settings are inline; there is no execution state, no timestamp, no secret and no absolute path. Settings are
 * keyed by their persisted keys; {@code settingsVersion} (written only when above 1) tells which of the node's settings
 * migrations a file still needs. Errors on load name the file, line and column.
 *
 * <pre>{@code
 * { "$schema": "spikeflow-workflow.schema.json", "format": "spikeflow-workflow", "formatVersion": 1, "name": "...",
 *   "description": "...",
 *   "variables": [ {"name": "cycles", "type": "int", "value": 3} ],
 *   "nodes": [ {"id": "n1", "type": "org.spikeflow.base.loop.countingstart", "bundle": "org.spikeflow.base",
 *               "feature": "...", "updateSite": "...",   (only for features that name their update site)
 *               "settingsVersion": 2, "settings": {...}, "variableSettings": {"loopCount": "cycles"}} ],
 *   "connections": [ {"from": "n1:0", "to": "n2:0"}, {"from": "n2:flow", "to": "n3:flow"} ],
 *   "annotations": [ {"id": "a1", "text": "...", "x": 0, "y": 0, "width": 300, "height": 80} ],
 *   "layout": { "n1": {"x": 40, "y": 60} } }
 * }</pre>
 */
final class WorkflowFiles {
    public static final String FORMAT = "spikeflow-workflow";
    /** The format version this build writes; older files are migrated on load, newer ones are refused. */
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".spikeflow.json";

    /** The key naming the file's JSON Schema (for editors; see WorkflowFileSchema). */
    public static final String SCHEMA_KEY = "$schema";
    public static final Set<String> ROOT_KEYS = Set.of(SCHEMA_KEY, "format", "formatVersion", "name", "description",
            "variables", "nodes", "connections", "annotations", "layout");
    public static final Set<String> NODE_KEYS = Set.of("id", "type", "bundle", "feature", "updateSite",
            "settingsVersion", "settings", "variableSettings");
    private static final Pattern PORT_REF = Pattern.compile("([^:]+):(flow|\\d+)");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private WorkflowFiles() {
    }

    // ---------------------------------------------------------------- reading

    /** Reads a file into an empty workflow; a node type that is not installed is an error. */
    public static void read(Path file, WorkflowManager workflow) throws WorkflowLoadException {
        read(file, workflow, false);
    }

    /**
     * Reads a file into an empty workflow.
     *
     * @param keepMissingNodes
     *            true (editors): a node whose type is not installed becomes a placeholder that keeps its file entry;
     *            false (running): that is an error
     */
    public static void read(Path file, WorkflowManager workflow, boolean keepMissingNodes)
            throws WorkflowLoadException {
        String text;
        try {
            text = WorkflowText.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new WorkflowLoadException(file, 0, 0, "No such workflow file", e);
        } catch (IOException e) {
            throw new WorkflowLoadException(file, 0, 0, "Cannot read the workflow file: "
                    + org.spikeflow.core.util.FailureMessages.describeIo(e), e);
        } catch (WorkflowText.EncodingException e) {
            throw new WorkflowLoadException(file, 0, 0, e.getMessage(), e);
        }
        new Reader(file, text, workflow, keepMissingNodes).read();
    }

    /** Parses workflow file text as {@link #read} does (for {@link LoadWarmUp}). */
    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Upgrades the JSON of an older format version in place; each step moves one version up. */
    static void migrate(ObjectNode root, int fromVersion) {
        for (int version = fromVersion; version < FORMAT_VERSION; version++) {
            // No older versions exist yet; a step for version N rewrites root from N to N + 1 here.
            root.put("formatVersion", version + 1);
        }
    }

    private static final class Reader {
        private final Path file;
        private final String text;
        private final WorkflowManager workflow;
        private final boolean keepMissingNodes;

        Reader(Path file, String text, WorkflowManager workflow, boolean keepMissingNodes) {
            this.file = file;
            this.text = text;
            this.workflow = workflow;
            this.keepMissingNodes = keepMissingNodes;
        }

        void read() throws WorkflowLoadException {
            JsonNode parsed;
            try {
                parsed = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                var location = e.getLocation();
                throw new WorkflowLoadException(file, location == null ? 0 : location.getLineNr(),
                        location == null ? 0 : location.getColumnNr(), "Malformed JSON: "
                                + org.spikeflow.core.util.JsonMessages.describe(e),
                        e);
            }
            if (!(parsed instanceof ObjectNode root)) {
                throw error("", "A workflow file must hold one JSON object", null);
            }
            checkKeys(root, ROOT_KEYS, "", "workflow");
            if (!FORMAT.equals(root.path("format").asText(null))) {
                throw error(root.has("format") ? "/format" : "", "Not a Spikeflow workflow: \"format\" must be \""
                        + FORMAT + "\"", null);
            }
            JsonNode version = root.get("formatVersion");
            // compared as a big integer: 4294967297 must not pass as version 1 (int truncation)
            if (version == null || !version.canConvertToExactIntegral()
                    || version.bigIntegerValue().signum() <= 0) {
                throw error(version == null ? "" : "/formatVersion", "\"formatVersion\" must be a positive integer",
                        null);
            }
            if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(FORMAT_VERSION)) > 0) {
                throw error("/formatVersion", "The workflow has format version " + version.bigIntegerValue()
                        + ", written by a newer Spikeflow; this one reads versions up to " + FORMAT_VERSION, null);
            }
            migrate(root, version.asInt());
            JsonNode schema = root.get(SCHEMA_KEY);
            if (schema != null && !schema.isTextual()) {
                throw error("/" + escape(SCHEMA_KEY), "\"" + SCHEMA_KEY + "\" must be a string (the JSON Schema's"
                        + " path or URL)", null);
            }
            workflow.setSchemaReference(optionalText(root, SCHEMA_KEY));
            workflow.setName(optionalText(root, "name"));
            workflow.setDescription(optionalText(root, "description"));
            readVariables(root);
            readNodes(root);
            readConnections(root);
            readAnnotations(root);
            readLayout(root);
        }

        private void readVariables(ObjectNode root) throws WorkflowLoadException {
            ArrayNode variables = array(root, "variables");
            for (int i = 0; i < variables.size(); i++) {
                String at = "/variables/" + i;
                readVariable(entryObject(variables.get(i), at, "A variable must be an object with name, type and value",
                        Set.of("name", "type", "value"), "variable"), at);
            }
        }

        private void readVariable(ObjectNode entry, String at) throws WorkflowLoadException {
            String name = requiredText(entry, "name", at);
            FlowVariableType type;
            try {
                type = FlowVariableType.fromLabel(requiredText(entry, "type", at));
            } catch (IllegalArgumentException e) {
                throw error(at + "/type", e.getMessage(), e);
            }
            JsonNode value = entry.get("value");
            if (value == null || value.isNull() || value.isContainerNode()) {
                throw error(at, "Variable '" + name + "' needs a value", null);
            }
            try {
                workflow.setWorkflowVariable(FlowVariable.parse(name, type, value.asText()));
            } catch (IllegalArgumentException e) {
                throw error(at + "/value", e.getMessage(), e);
            }
        }

        private void readNodes(ObjectNode root) throws WorkflowLoadException {
            ArrayNode nodes = array(root, "nodes");
            for (int i = 0; i < nodes.size(); i++) {
                String at = "/nodes/" + i;
                readNode(root, entryObject(nodes.get(i), at, "A node must be an object with id, type and settings",
                        NODE_KEYS, "node"), at);
            }
        }

        private void readNode(ObjectNode root, ObjectNode entry, String at) throws WorkflowLoadException {
            String id = requiredText(entry, "id", at);
            String type = requiredText(entry, "type", at);
            if (workflow.findNode(id).isPresent()) {
                throw error(at + "/id", "Duplicate node id '" + id + "'", null);
            }
            if (workflow.getRepository().find(type).isEmpty()) {
                String reason = UnknownNodeType.message(type, id, entry.hasNonNull("bundle")
                        ? entry.get("bundle").asText()
                        : guessBundle(type), entry.path("feature").asText(""),
                        entry.path("updateSite").asText(""), workflow.getRepository());
                if (!keepMissingNodes) {
                    throw error(at + "/type", reason, null);
                }
                int[] ports = portsUsed(root, id);
                try {
                    workflow.addNode(id, new MissingNodeFactory(type, (ObjectNode) entry, reason, ports[0],
                            ports[1]));
                } catch (WorkflowException e) {
                    throw error(at + "/id", e.getMessage(), e);
                }
                return;
            }
            NodeContainer container;
            try {
                container = workflow.addNode(id, type);
            } catch (WorkflowException e) {
                throw error(at + "/id", e.getMessage(), e);
            }
            SettingsHandler<?> handler = container.getNode().getSettingsHandler();
            int settingsVersion = settingsVersion(entry, at, container);
            JsonNode settings = entry.get("settings");
            boolean keepsFileForm;
            if (settings != null && !settings.isObject()) {
                throw error(at + "/settings", "Settings of node '" + id + "' must be an object", null);
            }
            try {
                // absent settings are the defaults of their version, which a migration step may still change
                ObjectNode fileSettings = settings == null
                        ? JsonNodeFactory.instance.objectNode()
                        : (ObjectNode) settings;
                ObjectNode migrated = handler.migrate(fileSettings.deepCopy(), settingsVersion);
                workflow.setNodeSettings(id, migrated);
                // A node whose file content no migration step changes means the same at every version: it is
                // saved back in the file's own form (and version) while unchanged, so the file round-trips.
                keepsFileForm = migrated.equals(fileSettings);
            } catch (InvalidSettingsException e) {
                String key = settingKeyIn(e.getMessage(), settings);
                throw error(at + "/settings" + (key == null ? "" : "/" + key), "Invalid settings for node '" + id
                        + "' (" + container.getName() + "): " + e.getMessage(), e);
            }
            JsonNode bindings = entry.get("variableSettings");
            if (bindings != null) {
                if (!bindings.isObject()) {
                    throw error(at + "/variableSettings", "variableSettings must map setting names to flow"
                            + " variable names", null);
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = bindings.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> binding = it.next();
                    try {
                        if (!binding.getValue().isTextual()) {
                            throw new InvalidSettingsException("the flow variable name must be a string");
                        }
                        String key = handler.migrateBinding(binding.getKey(), settingsVersion);
                        keepsFileForm &= key.equals(binding.getKey());
                        workflow.setVariableSetting(id, key, binding.getValue().asText());
                    } catch (InvalidSettingsException e) {
                        throw error(at + "/variableSettings/" + binding.getKey(), e.getMessage(), e);
                    }
                }
            }
            if (keepsFileForm) {
                container.rememberFileSettings((ObjectNode) settings, container.getNode().getSettingsJson(false),
                        entry.has("settingsVersion") ? settingsVersion : 0);
            }
        }

        /** The node's settings version in the file (1 if absent), refused if newer than the installed node's. */
        private int settingsVersion(JsonNode entry, String at, NodeContainer container) throws WorkflowLoadException {
            JsonNode version = entry.get("settingsVersion");
            if (version == null) {
                return 1;
            }
            if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
                throw error(at + "/settingsVersion", "\"settingsVersion\" of node '" + container.getId()
                        + "' must be a positive integer", null);
            }
            int current = container.getNode().getSettingsHandler().currentVersion();
            if (version.asInt() > current) {
                String bundle = container.getNode().getFactory().getDescription().bundle();
                throw error(at + "/settingsVersion", "Node '" + container.getId() + "' (" + container.getName()
                        + ") has settings version " + version.asInt() + ", written by a newer version of bundle '"
                        + (bundle != null ? bundle : guessBundle(container.getTypeId())) + "'; the installed one"
                        + " reads settings up to version " + current + ": update it", null);
            }
            return version.asInt();
        }

        /** How many input and output ports the connections of a node use (for a missing node's placeholder). */
        private static int[] portsUsed(ObjectNode root, String id) {
            int[] ports = new int[2];
            for (JsonNode connection : root.path("connections")) {
                for (int side = 0; side < 2; side++) {
                    Matcher matcher = PORT_REF.matcher(connection.path(side == 0 ? "to" : "from").asText(""));
                    if (matcher.matches() && matcher.group(1).equals(id) && !matcher.group(2).equals("flow")) {
                        ports[side] = Math.max(ports[side], Integer.parseInt(matcher.group(2)) + 1);
                    }
                }
            }
            return ports;
        }

        private void readConnections(ObjectNode root) throws WorkflowLoadException {
            ArrayNode connections = array(root, "connections");
            for (int i = 0; i < connections.size(); i++) {
                String at = "/connections/" + i;
                readConnection(entryObject(connections.get(i), at,
                        "A connection must be an object like {\"from\": \"n1:0\", \"to\": \"n2:0\"}",
                        Set.of("from", "to"),
                        "connection"), at);
            }
        }

        private void readConnection(ObjectNode entry, String at) throws WorkflowLoadException {
            int[] sourcePort = new int[1];
            int[] destPort = new int[1];
            String source = portReference(entry, "from", at, sourcePort);
            String dest = portReference(entry, "to", at, destPort);
            try {
                workflow.connect(source, sourcePort[0], dest, destPort[0]);
            } catch (WorkflowException e) {
                throw error(at, e.getMessage(), e);
            }
        }

        private String portReference(JsonNode entry, String key, String at, int[] port) throws WorkflowLoadException {
            String reference = requiredText(entry, key, at);
            Matcher matcher = PORT_REF.matcher(reference);
            if (!matcher.matches()) {
                throw error(at + "/" + key, "Port reference '" + reference + "' must look like \"n1:0\" (node id,"
                        + " port number) or \"n1:flow\" (flow-variable port)", null);
            }
            port[0] = matcher.group(2).equals("flow") ? Connection.FLOW_PORT : Integer.parseInt(matcher.group(2));
            return matcher.group(1);
        }

        private void readAnnotations(ObjectNode root) throws WorkflowLoadException {
            ArrayNode annotations = array(root, "annotations");
            for (int i = 0; i < annotations.size(); i++) {
                String at = "/annotations/" + i;
                readAnnotation(entryObject(annotations.get(i), at,
                        "An annotation must be an object with id, text, x, y, width and height",
                        Set.of("id", "text", "x", "y", "width", "height"), "annotation"), at);
            }
        }

        private void readAnnotation(ObjectNode entry, String at) throws WorkflowLoadException {
            workflow.addAnnotation(new WorkflowAnnotation(requiredText(entry, "id", at),
                    requiredText(entry, "text", at), integer(entry, "x", at), integer(entry, "y", at),
                    integer(entry, "width", at), integer(entry, "height", at)));
        }

        private void readLayout(ObjectNode root) throws WorkflowLoadException {
            JsonNode layout = root.get("layout");
            if (layout == null) {
                return;
            }
            if (!layout.isObject()) {
                throw error("/layout", "\"layout\" must map node ids to {\"x\": .., \"y\": ..}", null);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = layout.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                String at = "/layout/" + escape(entry.getKey());
                if (workflow.findNode(entry.getKey()).isEmpty()) {
                    throw error(at, "The layout names node '" + entry.getKey() + "', which is not in \"nodes\"", null);
                }
                if (!entry.getValue().isObject()) {
                    throw error(at, "A position must be {\"x\": .., \"y\": ..}", null);
                }
                checkKeys((ObjectNode) entry.getValue(), Set.of("x", "y"), at, "position");
                workflow.setPosition(entry.getKey(), new NodePosition(integer(entry.getValue(), "x", at),
                        integer(entry.getValue(), "y", at)));
            }
        }

        /**
         * Entry {@code at} of a list of the workflow file, checked to be an object ({@code notAnObject} otherwise) with
         * only the {@code keys} of a {@code what}.
         */
        private ObjectNode entryObject(JsonNode entry, String at, String notAnObject, Set<String> keys, String what)
                throws WorkflowLoadException {
            if (!entry.isObject()) {
                throw error(at, notAnObject, null);
            }
            checkKeys((ObjectNode) entry, keys, at, what);
            return (ObjectNode) entry;
        }

        private ArrayNode array(ObjectNode root, String key) throws WorkflowLoadException {
            JsonNode node = root.get(key);
            if (node == null) {
                return JsonNodeFactory.instance.arrayNode();
            }
            if (!node.isArray()) {
                throw error("/" + key, "\"" + key + "\" must be a list", null);
            }
            return (ArrayNode) node;
        }

        private void checkKeys(ObjectNode object, Set<String> allowed, String at, String what)
                throws WorkflowLoadException {
            for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    throw error(at + "/" + escape(key), "Unknown key \"" + key + "\" in " + what + "; allowed: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)), null);
                }
            }
        }

        private String requiredText(JsonNode entry, String key, String at) throws WorkflowLoadException {
            JsonNode value = entry.get(key);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                throw error(value == null ? at : at + "/" + key, "\"" + key + "\" is required and must be a non-empty"
                        + " string", null);
            }
            return value.asText();
        }

        private int integer(JsonNode entry, String key, String at) throws WorkflowLoadException {
            JsonNode value = entry.get(key);
            if (value == null || !value.canConvertToInt() || !value.isNumber()) {
                throw error(value == null ? at : at + "/" + key, "\"" + key + "\" is required and must be an integer",
                        null);
            }
            return value.asInt();
        }

        private static String optionalText(ObjectNode root, String key) {
            return root.hasNonNull(key) ? root.get(key).asText() : "";
        }

        private WorkflowLoadException error(String pointer, String problem, Throwable cause) {
            int[] location = locate(text, pointer);
            return new WorkflowLoadException(file, location[0], location[1], problem, cause);
        }
    }

    /** The bundle that provides a node type, guessed from its id (ids start with the bundle's name). */
    static String guessBundle(String typeId) {
        String[] parts = typeId.split("\\.");
        if (parts.length >= 4 && parts[0].equals("org") && parts[1].equals("spikeflow")) {
            return parts.length >= 5 && parts[2].equals("nodes")
                    ? String.join(".", List.of(parts).subList(0, 4))
                    : String.join(".", List.of(parts).subList(0, 3));
        }
        int last = typeId.lastIndexOf('.');
        return last > 0 ? typeId.substring(0, last) : typeId;
    }

    private static String settingKeyIn(String message, JsonNode settings) {
        if (message == null || settings == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("[Ss]etting '([^']+)'").matcher(message);
        if (matcher.find()) {
            String key = matcher.group(1).split("\\.")[0];
            if (settings.has(key)) {
                return escape(key);
            }
        }
        return null;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** 1-based line and column of the value at a JSON pointer in the text ({0, 0} if not found). */
    static int[] locate(String text, String pointer) {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String path = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    path = parser.getParsingContext().getParent() == null
                            ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                if (path.equals(pointer)) {
                    var location = parser.currentTokenLocation();
                    return new int[] {location.getLineNr(), location.getColumnNr()};
                }
            }
        } catch (IOException e) {
            // fall through: location unknown
        }
        return new int[] {0, 0};
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes the workflow atomically.
     *
     * @throws IOException
     *             if writing fails (the old file is untouched) or a path setting is absolute
     */
    public static void write(WorkflowManager workflow, Path target) throws IOException {
        String text = toText(workflow);
        AtomicFiles.writeString(target, text);
    }

    /** The file text of a workflow. */
    public static String toText(WorkflowManager workflow) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        if (!workflow.getSchemaReference().isEmpty()) {
            root.put(SCHEMA_KEY, workflow.getSchemaReference());
        }
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", workflow.getName());
        root.put("description", workflow.getDescription());
        ArrayNode variables = root.putArray("variables");
        for (FlowVariable variable : workflow.getWorkflowVariables().values()) {
            ObjectNode entry = variables.addObject();
            entry.put("name", variable.getName());
            entry.put("type", variable.getType().label());
            switch (variable.getType()) {
                case INT -> entry.put("value", variable.getIntValue());
                case DOUBLE -> entry.put("value", variable.getDoubleValue());
                case BOOLEAN -> entry.put("value", variable.getBooleanValue());
                case STRING -> entry.put("value", variable.getStringValue());
            }
        }
        ArrayNode nodes = root.putArray("nodes");
        for (NodeContainer container : workflow.getNodes()) {
            Node node = container.getNode();
            if (node.getFactory() instanceof MissingNodeFactory missing) {
                nodes.add(missing.fileEntry()); // kept exactly as read
                continue;
            }
            ObjectNode entry = nodes.addObject();
            entry.put("id", container.getId());
            entry.put("type", container.getTypeId());
            String bundle = node.getFactory().getDescription().bundle();
            entry.put("bundle", bundle != null ? bundle : guessBundle(container.getTypeId()));
            // optional (absent in older files): lets a product without the feature say what to install, and where
            ProvidingFeatures.of(bundle).ifPresent(feature -> {
                entry.put("feature", feature.id());
                entry.put("updateSite", feature.updateSite());
            });
            ObjectNode full = node.getSettingsJson(false);
            ObjectNode settings = container.getFileSettingsIfUnchanged();
            // absent means 1: files of nodes that never migrated stay as they were
            int settingsVersion = settings != null
                    ? container.getFileSettingsVersion()
                    : node.getSettingsHandler().currentVersion();
            if (settingsVersion > 1) {
                entry.put("settingsVersion", settingsVersion);
            }
            if (settings != null) {
                // Unchanged since loading: keep the file's own (often shorter) form, but never a secret.
                for (java.util.Iterator<String> keys = node.getSettingsJson(true).fieldNames(); keys.hasNext();) {
                    String key = keys.next();
                    if (!full.has(key)) {
                        settings.remove(key);
                    }
                }
            } else {
                settings = full;
            }
            checkRelativePaths(container, node.getFactory(), settings);
            entry.set("settings", settings);
            if (!node.getVariableSettings().isEmpty()) {
                ObjectNode bindings = entry.putObject("variableSettings");
                node.getVariableSettings().forEach(bindings::put);
            }
        }
        ArrayNode connections = root.putArray("connections");
        for (Connection connection : workflow.getConnections()) {
            ObjectNode entry = connections.addObject();
            entry.put("from", connection.sourceText());
            entry.put("to", connection.destText());
        }
        ArrayNode annotations = root.putArray("annotations");
        for (WorkflowAnnotation annotation : workflow.getAnnotations()) {
            ObjectNode entry = annotations.addObject();
            entry.put("id", annotation.id());
            entry.put("text", annotation.text());
            entry.put("x", annotation.x());
            entry.put("y", annotation.y());
            entry.put("width", annotation.width());
            entry.put("height", annotation.height());
        }
        ObjectNode layout = root.putObject("layout");
        // In the order the file listed the positions (then nodes placed since), so a loaded file saves back as it was.
        for (Map.Entry<String, NodePosition> position : workflow.getLayout().entrySet()) {
            ObjectNode entry = layout.putObject(position.getKey());
            entry.put("x", position.getValue().x());
            entry.put("y", position.getValue().y());
        }
        return jsonText(root);
    }

    /** JSON in the workflow files' layout (also used for the published schema, so both diff the same way). */
    public static String jsonText(JsonNode json) throws IOException {
        return MAPPER.writer(new FilePrettyPrinter()).writeValueAsString(json) + "\n";
    }

    private static void checkRelativePaths(NodeContainer container, NodeFactory<?> factory, ObjectNode settings)
            throws IOException {
        JsonNode properties = factory.getDescription().settingsSchema().path("properties");
        List<String> absolute = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().has("x-path") && settings.path(property.getKey()).isTextual()) {
                String value = settings.get(property.getKey()).asText();
                if (value.startsWith("/") || value.startsWith("\\") || value.matches("^[A-Za-z]:[\\\\/].*")) {
                    absolute.add(property.getKey() + " = " + value);
                }
            }
        }
        if (!absolute.isEmpty()) {
            throw new IOException("Not saved: " + container + " has an absolute path (" + String.join(", ", absolute)
                    + "); workflow files keep paths relative to the workflow folder (inputs) or the output folder"
                    + " (outputs) so they can be shared");
        }
    }

    /** Two-space indentation, {@code "key": value}, one value per line, empty containers as [] and {}. */
    private static final class FilePrettyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        FilePrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        FilePrettyPrinter(FilePrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new FilePrettyPrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries == 0) {
                _nesting--;
                g.writeRaw('}');
            } else {
                super.writeEndObject(g, nrOfEntries);
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues == 0) {
                _nesting--;
                g.writeRaw(']');
            } else {
                super.writeEndArray(g, nrOfValues);
            }
        }
    }
}
