package org.spikeflow.core.node;

/**
 * Documentation of one setting (derived from its {@code @Setting} annotation).
 *
 * @param type
 *            the JSON Schema type ("integer", "number", "string", "boolean", "array", "object")
 * @param defaultValue
 *            the default as JSON text, or null (always null for secrets)
 */
public record OptionDescription(String name, String title, String description, String type, String defaultValue) {
}
