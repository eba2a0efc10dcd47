package org.spikeflow.core.settings;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.core.util.EchoedInput;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads, writes, validates, migrates and describes one {@link NodeSettings} class. Settings travel as JSON objects
 * whose keys are the settings' persisted {@link Setting#key() keys} (by default the field names) in declaration order;
 * nested objects and lists of them are allowed.
 */
public final class SettingsHandler<S extends NodeSettings> {
    private static final Map<Class<?>, SettingsHandler<?>> CACHE = new ConcurrentHashMap<>();

    /**
     * The mapper used for settings: public fields only, under their persisted keys, unknown keys rejected, no silent
     * coercion from null.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .annotationIntrospector(new SettingKeyIntrospector())
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
    private final List<SettingsMigration> migrations;

    private SettingsHandler(Class<S> settingsClass) {
        this.settingsClass = settingsClass;
        checkKeys(settingsClass, new HashSet<>());
        this.migrations = List.copyOf(defaults().migrations());
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).fromVersion() != i + 1) {
                throw new IllegalStateException(settingsClass.getName() + ".migrations(): step " + i + " must migrate"
                        + " version " + (i + 1) + ", not " + migrations.get(i).fromVersion());
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static <S extends NodeSettings> SettingsHandler<S> forClass(Class<S> settingsClass) {
        return (SettingsHandler<S>) CACHE.computeIfAbsent(settingsClass, c -> new SettingsHandler<>(settingsClass));
    }

    public Class<S> getSettingsClass() {
        return settingsClass;
    }

    /** The version of these settings this build writes: 1 + the number of migration steps. */
    public int currentVersion() {
        return migrations.size() + 1;
    }

    /** The migration steps, oldest first. */
    public List<SettingsMigration> migrations() {
        return migrations;
    }

    /**
     * Migrates settings JSON of {@code version} (as found in a file) to {@link #currentVersion()}; the argument is not
     * changed.
     *
     * @throws InvalidSettingsException
     *             if the version is newer than this build knows (or not positive), or a step rejects the old value
     */
    public ObjectNode migrate(ObjectNode json, int version) throws InvalidSettingsException {
        checkVersion(version);
        ObjectNode migrated = json.deepCopy();
        for (SettingsMigration step : migrations.subList(version - 1, migrations.size())) {
            step.apply(migrated);
        }
        return migrated;
    }

    /** The current path of a setting path bound to a flow variable in settings of {@code version}. */
    public String migrateBinding(String settingPath, int version) throws InvalidSettingsException {
        checkVersion(version);
        String path = settingPath;
        for (SettingsMigration step : migrations.subList(version - 1, migrations.size())) {
            path = step.migrateBinding(path);
        }
        return path;
    }

    private void checkVersion(int version) throws InvalidSettingsException {
        if (version < 1) {
            throw new InvalidSettingsException("Settings version " + version + " is not a positive integer");
        }
        if (version > currentVersion()) {
            throw new InvalidSettingsException("Settings version " + version + " is newer than the installed node,"
                    + " which reads settings up to version " + currentVersion());
        }
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
     * @throws InvalidSettingsException
     *             naming the setting that is wrong
     */
    public S read(JsonNode json) throws InvalidSettingsException {
        S settings = parse(json);
        validate(settings);
        return settings;
    }

    /**
     * Reads settings as {@link #read} does but accepts incomplete ones: required settings may still be empty and
     * {@link NodeSettings#validate()} is not called. Types and bounds are checked. For loading saved workflows, where a
     * node may not be set up yet; configure validates fully.
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
                throw new InvalidSettingsException(unknownSettingMessage(path,
                        keys(owner).stream().map(key -> parent + key).toList()));
            } catch (InvalidFormatException e) {
                String path = pathOf(e);
                throw new InvalidSettingsException("Setting '" + path + "' cannot be "
                        + (isSecret(path) ? MASK : EchoedInput.shorten(String.valueOf(e.getValue())))
                        + ": expected " + describeType(e.getTargetType()));
            } catch (MismatchedInputException e) {
                throw new InvalidSettingsException("Setting '" + pathOf(e) + "' has the wrong type: expected "
                        + describeType(e.getTargetType()));
            } catch (java.io.IOException e) {
                throw new InvalidSettingsException("Settings could not be read: "
                        + (e instanceof JsonProcessingException j
                                ? org.spikeflow.core.util.JsonMessages.describe(j)
                                : e.getMessage()),
                        e);
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
     * @param includeSecrets
     *            false for anything that is saved or shown: secret fields are left out
     */
    public ObjectNode write(S settings, boolean includeSecrets) {
        ObjectNode json = MAPPER.valueToTree(settings);
        if (!includeSecrets) {
            for (Field field : settingFields(settingsClass)) {
                if (field.getAnnotation(Setting.class).secret()) {
                    json.remove(keyOf(field));
                }
            }
        }
        return json;
    }

    /** Shown instead of a secret setting's value in any message. */
    public static final String MASK = "***";

    /** Whether the setting at a dotted path ("apiKey", "connection.token", "items.0.secret") is a secret. */
    public boolean isSecret(String dottedPath) {
        Class<?> type = settingsClass;
        for (String part : dottedPath.split("\\.")) {
            if (part.matches("\\d+")) {
                continue; // an index into a list: the element type was taken from the list field
            }
            Field field = settingFields(type).stream().filter(f -> keyOf(f).equals(part)).findFirst().orElse(null);
            if (field == null) {
                return false;
            }
            if (field.getAnnotation(Setting.class).secret()) {
                return true;
            }
            Type generic = field.getGenericType();
            type = Collection.class.isAssignableFrom(field.getType()) && generic instanceof ParameterizedType p
                    ? rawClass(p.getActualTypeArguments()[0])
                    : field.getType();
        }
        return false;
    }

    /**
     * The message with every occurrence of a secret value replaced by {@link #MASK}: for messages built from text that
     * may hold a secret (a command-line value meant for a secret setting).
     */
    public static String mask(String message, String secret) {
        if (message == null || secret == null || secret.isBlank()) {
            return message;
        }
        String masked = message.replace(secret, MASK);
        return secret.strip().isEmpty() ? masked : masked.replace(secret.strip(), MASK);
    }

    /** Keys of the secret settings (never saved, never logged). */
    public List<String> secretSettings() {
        List<String> names = new ArrayList<>();
        for (Field field : settingFields(settingsClass)) {
            if (field.getAnnotation(Setting.class).secret()) {
                names.add(keyOf(field));
            }
        }
        return names;
    }

    /** A setting naming a file or folder, with its current value. */
    public record PathSetting(String name, PathPolicy.Kind kind, String value) {
    }

    /**
     * The non-blank values of the settings declared with {@code @Setting(path = "input" | "output")}, nested ones
     * included (named by their dotted path), so the framework can check every node's paths the same way.
     */
    public List<PathSetting> pathSettings(S settings) {
        List<PathSetting> paths = new ArrayList<>();
        collectPaths(settings, "", paths);
        return paths;
    }

    /** A setting field's value (setting fields are public). */
    private static Object valueOf(Field field, Object object) {
        try {
            return field.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectPaths(Object object, String prefix, List<PathSetting> paths) {
        for (Field field : settingFields(object.getClass())) {
            Setting setting = field.getAnnotation(Setting.class);
            String name = prefix + keyOf(field);
            Object value = valueOf(field, object);
            Optional<PathPolicy.Kind> kind = PathPolicy.Kind.ofSetting(setting.path());
            if (kind.isPresent()) {
                if (value instanceof String text && !text.isBlank()) {
                    paths.add(new PathSetting(name, kind.get(), text));
                }
            } else if (value instanceof Collection<?> collection) {
                int index = 0;
                for (Object element : collection) {
                    if (element != null && !settingFields(element.getClass()).isEmpty()) {
                        collectPaths(element, name + "." + index + ".", paths);
                    }
                    index++;
                }
            } else if (value != null && !settingFields(value.getClass()).isEmpty()) {
                collectPaths(value, name + ".", paths);
            }
        }
    }

    /** The JSON Schema (draft 2020-12) of these settings, with titles, descriptions, defaults, bounds and enums. */
    public ObjectNode schema() {
        ObjectNode schema = objectSchema(settingsClass, defaults());
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        if (currentVersion() > 1) {
            schema.put("x-settings-version", currentVersion());
        }
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
            List<String> choices = choicesOf(setting);
            if (!choices.isEmpty()) {
                choices.forEach(property.putArray("enum")::add);
            }
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
                required.add(keyOf(field));
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
            properties.set(keyOf(field), property);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** @return the allowed values of a string setting with {@link Setting#choices()}, else an empty list */
    private static List<String> choicesOf(Setting setting) {
        if (setting.choices() == SettingChoices.Any.class) {
            return List.of();
        }
        try {
            return setting.choices().getDeclaredConstructor().newInstance().values();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot list the choices of setting '" + setting.title() + "'", e);
        }
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
            String name = prefix + keyOf(field);
            Object value = valueOf(field, object);
            if (value == null) {
                if (setting.required() && requireComplete) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is required");
                }
                continue;
            }
            if (value instanceof Number number) {
                double v = number.doubleValue();
                if (Double.isNaN(v)
                        && (setting.min() != Double.NEGATIVE_INFINITY || setting.max() != Double.POSITIVE_INFINITY)) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is NaN");
                }
                if (v < setting.min() || v > setting.max()) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is "
                            + format(number) + " but must be " + rangeText(setting));
                }
            } else if (value instanceof String text) {
                if (setting.required() && requireComplete && text.isBlank()) {
                    throw new InvalidSettingsException(
                            "Setting '" + name + "' (" + setting.title() + ") must not be empty");
                }
                List<String> choices = choicesOf(setting);
                if (!choices.isEmpty() && !choices.contains(text)) {
                    throw new InvalidSettingsException("Setting '" + name + "' cannot be "
                            + EchoedInput.shorten(text) + ": expected one of " + String.join(", ", choices));
                }
                if (!setting.pattern().isEmpty() && !Pattern.matches(setting.pattern(), text)) {
                    throw new InvalidSettingsException("Setting '" + name + "' (" + setting.title() + ") is '"
                            + (setting.secret() ? MASK : text) + "', which does not match " + setting.pattern());
                }
            } else if (value instanceof Collection<?> collection) {
                if (setting.required() && requireComplete && collection.isEmpty()) {
                    throw new InvalidSettingsException(
                            "Setting '" + name + "' (" + setting.title() + ") must not be empty");
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
        return number instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue())
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

    /** The persisted key of a setting field: its declared {@link Setting#key()}, else the field name. */
    public static String keyOf(Field field) {
        Setting setting = field.getAnnotation(Setting.class);
        return setting == null || setting.key().isEmpty() ? field.getName() : setting.key();
    }

    /** The persisted keys of a settings class (or nested settings object), in declaration order. */
    public static List<String> keys(Class<?> type) {
        return settingFields(type).stream().map(SettingsHandler::keyOf).toList();
    }

    /** "Unknown setting 'loopCont'; did you mean 'loopCount'?" (or the list of known settings if none is close). */
    private static String unknownSettingMessage(String path, Collection<String> known) {
        return "Unknown setting '" + path + "'" + suggestion(path, known, "known settings:");
    }

    /**
     * The end of a message about a misspelt setting: "; did you mean 'loopCount'?", or if no key is close, the list (";
     * {@code listIntro} loopCount, label").
     */
    public static String suggestion(String path, Collection<String> known, String listIntro) {
        return ClosestName.closest(path, known).map(closest -> "; did you mean '" + closest + "'?")
                .orElse("; " + listIntro + " " + String.join(", ", known));
    }

    /** Keys must be unique in each object and free of dots (dots separate the parts of a setting path). */
    private static void checkKeys(Class<?> type, Set<Class<?>> checked) {
        if (!checked.add(type)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Field field : settingFields(type)) {
            String key = keyOf(field);
            if (key.contains(".") || key.isBlank() || !seen.add(key)) {
                throw new IllegalStateException("@Setting " + type.getName() + "." + field.getName() + ": key '" + key
                        + "' must be non-blank, without dots and unique in its class");
            }
            Type generic = field.getGenericType();
            boolean isCollection = Collection.class.isAssignableFrom(field.getType());
            Class<?> nested = generic instanceof ParameterizedType p && isCollection
                    ? rawClass(p.getActualTypeArguments()[0])
                    : field.getType();
            checkKeys(nested, checked);
        }
    }

    /** Names Jackson properties of {@link Setting} fields by their persisted key. */
    private static final class SettingKeyIntrospector extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public PropertyName findNameForSerialization(Annotated annotated) {
            return keyName(annotated, super.findNameForSerialization(annotated));
        }

        @Override
        public PropertyName findNameForDeserialization(Annotated annotated) {
            return keyName(annotated, super.findNameForDeserialization(annotated));
        }

        private static PropertyName keyName(Annotated annotated, PropertyName fallback) {
            Setting setting = annotated.getAnnotation(Setting.class);
            return setting != null && !setting.key().isEmpty() ? PropertyName.construct(setting.key()) : fallback;
        }
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(
                    reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
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
     * @throws InvalidSettingsException
     *             if the path does not lead to an existing setting
     */
    public static ObjectNode with(ObjectNode json, String path, JsonNode value) throws InvalidSettingsException {
        ObjectNode copy = json.deepCopy();
        String[] parts = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = parent.isArray() && parts[i].matches("\\d+")
                    ? parent.get(Integer.parseInt(parts[i]))
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
