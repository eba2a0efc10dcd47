package org.spikeflow.core.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public field of a {@link NodeSettings} class (or of a nested settings object) as a node setting: its title
 * and description feed the JSON Schema, the generated dialog and the node description; the bounds are validated on
 * load, on flow-variable override and from the command line.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Setting {
    /**
     * The key under which the setting is persisted in workflow files and addressed by {@code --set}, flow-variable
     * bindings, the JSON Schema and descriptions; empty means the field name. Keys are part of the public file format:
     * renaming the Java field is free once the key is declared, while changing a key needs a {@link SettingsMigration}
     * (see {@link NodeSettings#migrations()}).
     */
    String key() default "";

    /** Short label, e.g. "Number of loops". */
    String title();

    /** One or two sentences for the dialog and the node description. */
    String description() default "";

    /** Unit shown next to the value, e.g. "ms". */
    String unit() default "";

    /** Inclusive lower bound for numbers (or minimum size for lists). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Inclusive upper bound for numbers (or maximum size for lists). */
    double max() default Double.POSITIVE_INFINITY;

    /** Strings and lists must not be empty. */
    boolean required() default false;

    /** Regular expression a string must match (whole string). */
    String pattern() default "";

    /**
     * A secret (an API key): never written to workflow files, never logged, never shown in descriptions' defaults.
     * Supply it from the environment or a flow variable.
     */
    boolean secret() default false;

    /** Shown in the dialog's advanced section. */
    boolean advanced() default false;

    /** For string settings naming a column: the input port whose table the column comes from, else -1. */
    int columnOfInputPort() default -1;

    /**
     * For path settings: "input" (read, relative to the workflow's folder) or "output" (written, relative to the output
     * folder). The framework confines them with the run's {@code PathPolicy} before every configure and execute.
     */
    String path() default "";

    /**
     * For string settings: the provider of the allowed values, when a library owns the set (an enum field lists its
     * constants itself). Schema, validation and messages treat the values like an enum's.
     */
    Class<? extends SettingChoices> choices() default SettingChoices.Any.class;
}
