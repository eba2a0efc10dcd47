package org.spikeflow.core.settings;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads, writes, validates and describes one {@link NodeSettings} class. Settings travel as JSON objects whose keys
 * are the public field names in declaration order; nested objects and lists of them are allowed.
 */
public final class SettingsHandler<S extends NodeSettings> {
    private static final Map<Class<?>, SettingsHandler<?>> CACHE = new ConcurrentHashMap<>();

    /** The mapper used for settings: public fields only, unknown keys rejected, no silent coercion from null. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // 2.7 for an integer setting is an error, not a silent 2
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private final Class<S> settingsClass;

    private SettingsHandler(Class<S> settingsClass) {
        this.settingsClass = settingsClass;
    }

    @SuppressWarnings("unchecked")
    public static <S extends NodeSettings> SettingsHandler<S> forClass(Class<S> settingsClass) {
        return (SettingsHandler<S>) CACHE.computeIfAbsent(settingsClass, c -> new SettingsHandler<>(settingsClass));
    }

    public Class<S> getSettingsClass() {
        return settingsClass;
    }

    /** A new instance holding the defaults. */
    public S defaults() {
        try {
            return settingsClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(settingsClass.getName() + " needs a public no-argument constructor", e);
        }
    }

    /**
     * Reads settings from JSON; keys that are absent keep their defaults. Checks the declared bounds and
     * {@link NodeSettings#validate()}.
     *
     * @throws InvalidSettingsException naming the setting that is wrong
     */
    public S read(JsonNode json) throws InvalidSettingsException {
        S settings = parse(json);
        validate(settings);
        return settings;
    }

    /**
     * Reads settings as {@link #read} does but accepts incomplete ones: required settings may still be empty and
     * {@link NodeSettings#validate()} is not called. Types and bounds are checked. For loading saved workflows, where
     * a node may not be set up yet; configure validates fully.
     */
    public S readIncomplete(JsonNode json) throws InvalidSettingsException {
        S settings = parse(json);
        checkBounds(settings, "", false);
        return settings;
    }

    private S parse(JsonNode json) throws InvalidSettingsException {
        if (json != null && !json.isNull() && !json.isObject()) {
            throw new InvalidSettingsException("Settings must be a JSON object, not " + json.getNodeType());
        }
        S settings = defaults();
        if (json != null && !json.isNull()) {
            try {
                MAPPER.readerForUpdating(settings).readValue(json);
            } catch (UnrecognizedPropertyException e) {
                // List the settings of the object holding the unknown key (a nested one has its own), with its path.
                String path = pathOf(e);
                String parent = path.substring(0, path.lastIndexOf('.') + 1);
                Class<?> owner = e.getReferringClass() != null ? e.getReferringClass() : settingsClass;
                throw new InvalidSettingsException("Unknown setting '" + path + "'; known settings: "
                        + String.join(", ", fieldNames(owner).stream().map(name -> parent + name).toList()));
            } catch (InvalidFormatException e) {
                throw new InvalidSettingsException("Setting '" + pathOf(e) + "' cannot be "
                        + org.spikeflow.core.util.EchoedInput.shorten(String.valueOf(e.getValue()))
                        + ": expected " + describeType(e.getTargetType()));
            } catch (MismatchedInputException e) {
                throw new InvalidSettingsException("Setting '" + pathOf(e) + "' has the wrong type: expected "
                        + describeType(e.getTargetType()));
            } catch (java.io.IOException e) {
                throw new InvalidSettingsException("Settings could not be read: "
                        + (e instanceof JsonProcessingException j ? org.spikeflow.core.util.JsonMessages.describe(j)
                                : e.getMessage()), e);
            }
        }
        return settings;
    }

    /** Checks declared bounds (recursively) and the class's own {@link NodeSettings#validate()}. */
    public void validate(S settings) throws InvalidSettingsException {
        checkBounds(settings, "", true);
        settings.validate();
    }

    /**
     * Writes settings as JSON in field order.
     *
     * @param includeSecrets false for anything that is saved or shown: secret fields are left out
     */
    public ObjectNode write(S settings, boolean includeSecrets) {
        ObjectNode json = MAPPER.valueToTree(settings);
        if (!includeSecrets) {
            for (Field field : settingFields(settingsClass)) {
                if (field.getAnnotation(Setting.class).secret()) {
                    json.remove(field.getName());
                }
            }
        }
        return json;
    }

    /** Names of the secret settings (never saved, never logged). */
    public List<String> secretSettings() {
        List<String> names = new ArrayList<>();
        for (Field field : settingFields(settingsClass)) {
            if (field.getAnnotation(Setting.class).secret()) {
                names.add(field.getName());
            }
        }
        return names;
    }

    /** The JSON Schema (draft 2020-12) of these settings, with titles, descriptions, defaults, bounds and enums. */
    public ObjectNode schema() {
        ObjectNode schema = objectSchema(settingsClass, defaults());
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        return schema;
    }

    private static ObjectNode objectSchema(Class<?> type, Object defaults) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode schema = f.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = f.arrayNode();
        for (Field field : settingFields(type)) {
            Setting setting = field.getAnnotation(Setting.class);
            ObjectNode property = typeSchema(field.getGenericType());
            property.put("title", setting.title());
            if (!setting.description().isEmpty()) {
                property.put("description", setting.description());
            }
            if (!setting.unit().isEmpty()) {
                property.put("x-unit", setting.unit());
            }
            boolean isList = Collection.class.isAssignableFrom(field.getType()) || field.getType().isArray();
            if (setting.min() != Double.NEGATIVE_INFINITY) {
                putNumber(property, isList ? "minItems" : "minimum", setting.min());
            }
            if (setting.max() != Double.POSITIVE_INFINITY) {
                putNumber(property, isList ? "maxItems" : "maximum", setting.max());
            }
            if (!setting.pattern().isEmpty()) {
                property.put("pattern", setting.pattern());
            }
            if (setting.required()) {
                required.add(field.getName());
                if (field.getType() == String.class) {
                    property.put("minLength", 1);
                } else if (isList) {
                    property.put("minItems", Math.max(1, property.path("minItems").asInt(1)));
                }
            }
            if (setting.secret()) {
                property.put("writeOnly", true);
                property.put("x-secret", true);
            } else if (defaults != null) {
                try {
                    Object value = field.get(defaults);
                    if (value != null) {
                        property.set("default", MAPPER.valueToTree(value));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (setting.advanced()) {
                property.put("x-advanced", true);
            }
            if (setting.columnOfInputPort() >= 0) {
                property.put("x-column-of-input-port", setting.columnOfInputPort());
            }
            if (!setting.path().isEmpty()) {
                property.put("x-path", setting.path());
            }
            properties.set(field.getName(), property);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }

    private static ObjectNode typeSchema(Type type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        Class<?> raw = rawClass(type);
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            node.put("type", "integer");
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            node.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            node.put("type", "boolean");
        } else if (raw == String.class) {
            node.put("type", "string");
        } else if (raw.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(MAPPER.valueToTree(constant).asText());
            }
        } else if (raw.isArray()) {
            node.put("type", "array");
            node.set("items", typeSchema(raw.getComponentType()));
        } else if (Collection.class.isAssignableFrom(raw)) {
            node.put("type", "array");
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            node.set("items", typeSchema(element));
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            node.set("additionalProperties", typeSchema(value));
        } else if (raw == Object.class) {
            return node;
        } else {
            return objectSchema(raw, newInstanceOrNull(raw));
        }
        return node;
    }

    private static Object newInstanceOrNull(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static void checkBounds(Object object, String prefix, boolean requireComplete)
            throws InvalidSettingsException {
        for (Field field : settingFields(object.getClass())) {
            Setting setting = field.getAnnotation(Setting.class);
            String name = prefix + field.getName();
            Object value;
            try {
                value = field.get(object);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                if (setting.required() && requireComplete) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is required");
                }
                continue;
            }
            if (value instanceof Number number) {
                double v = number.doubleValue();
                if (Double.isNaN(v) && (setting.min() != Double.NEGATIVE_INFINITY || setting.max() != Double.POSITIVE_INFINITY)) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is NaN");
                }
                if (v < setting.min() || v > setting.max()) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is "
                            + format(number) + " but must be " + rangeText(setting));
                }
            } else if (value instanceof String text) {
                if (setting.required() && requireComplete && text.isBlank()) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") must not be empty");
                }
                if (!setting.pattern().isEmpty() && !Pattern.matches(setting.pattern(), text)) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is '"
                            + (setting.secret() ? "***" : text) + "', which does not match " + setting.pattern());
                }
            } else if (value instanceof Collection<?> collection) {
                if (setting.required() && requireComplete && collection.isEmpty()) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") must not be empty");
                }
                if (collection.size() < setting.min() || collection.size() > setting.max()) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") has "
                            + collection.size() + " entries but must have " + rangeText(setting));
                }
                int index = 0;
                for (Iterator<?> it = collection.iterator(); it.hasNext(); index++) {
                    Object element = it.next();
                    if (element != null && !settingFields(element.getClass()).isEmpty()) {
                        checkBounds(element, name + "." + index + ".", requireComplete);
                    }
                }
            } else if (!settingFields(value.getClass()).isEmpty()) {
                checkBounds(value, name + ".", requireComplete);
            }
        }
    }

    private static String format(Number number) {
        return number instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                : number.toString();
    }

    private static String rangeText(Setting setting) {
        boolean hasMin = setting.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = setting.max() != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            return "between " + format(setting.min()) + " and " + format(setting.max());
        }
        return hasMin ? "at least " + format(setting.min()) : "at most " + format(setting.max());
    }

    /** The annotated public fields of a settings class (and its superclasses), in declaration order. */
    public static List<Field> settingFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type == null || type == Object.class || type.isPrimitive() || type.getName().startsWith("java.")) {
            return fields;
        }
        fields.addAll(settingFields(type.getSuperclass()));
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.isAnnotationPresent(Setting.class)) {
                if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
                    throw new IllegalStateException("@Setting field " + type.getName() + "." + field.getName()
                            + " must be public, non-static and non-final");
                }
                fields.add(field);
            }
        }
        return fields;
    }

    private static List<String> fieldNames(Class<?> type) {
        return settingFields(type).stream().map(Field::getName).toList();
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
        }
        return path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(MAPPER.valueToTree(constant).asText());
            }
            return "one of " + String.join(", ", names);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return Collection.class.isAssignableFrom(type) ? "a list" : "an object";
    }

    // ---- paths into settings JSON: "loopCount", "protocol.amplitude", "segments.0.value" ----

    /** The value at a dotted path, or null. */
    public static JsonNode get(JsonNode json, String path) {
        JsonNode node = json;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.isArray() && part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    /**
     * A copy of {@code json} with the value at the dotted path replaced.
     *
     * @throws InvalidSettingsException if the path does not lead to an existing setting
     */
    public static ObjectNode with(ObjectNode json, String path, JsonNode value) throws InvalidSettingsException {
        ObjectNode copy = json.deepCopy();
        String[] parts = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = parent.isArray() && parts[i].matches("\\d+") ? parent.get(Integer.parseInt(parts[i]))
                    : parent.get(parts[i]);
            if (next == null || !(next.isObject() || next.isArray())) {
                throw new InvalidSettingsException("There is no setting '" + path + "'");
            }
            parent = next;
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new InvalidSettingsException("There is no setting '" + path + "'");
        }
        return copy;
    }

    /**
     * Converts text (from a command line) to JSON shaped like {@code existing}: numbers, booleans and JSON arrays or
     * objects are parsed, anything else is a string.
     */
    public static JsonNode parseValueLike(JsonNode existing, String text) throws InvalidSettingsException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (existing == null || existing.isTextual() || existing.isNull()) {
            return f.textNode(text);
        }
        try {
            if (existing.isIntegralNumber()) {
                return f.numberNode(Long.parseLong(text.trim()));
            }
            if (existing.isNumber()) {
                return f.numberNode(Double.parseDouble(text.trim()));
            }
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("'" + text + "' is not a number");
        }
        if (existing.isBoolean()) {
            if (!text.trim().equalsIgnoreCase("true") && !text.trim().equalsIgnoreCase("false")) {
                throw new InvalidSettingsException("'" + text + "' is not true or false");
            }
            return f.booleanNode(Boolean.parseBoolean(text.trim()));
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidSettingsException("'" + org.spikeflow.core.util.EchoedInput.shorten(text)
                    + "' is not valid JSON for a list or object setting: "
                    + org.spikeflow.core.util.JsonMessages.describe(e));
        }
    }
}
