package org.spikeflow.core.util;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Jackson's messages in the user's terms: no parser feature names ("enable JsonReadFeature.X to allow"), no Java
 * reference chains ("through reference chain: ...NodeSettings[...]"), no source dumps.
 */
public final class JsonMessages {
    private static final Pattern REFERENCE_CHAIN = Pattern.compile("\\s*\\(through reference chain:.*\\)",
            Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);
    private static final Pattern FEATURE_HINT = Pattern.compile(
            "[:;,]?\\s*\\(?\\s*(enable|not recognized as one since)[^)]*?(JsonReadFeature|Feature)[^)]*?"
                    + "(to allow|enabled for parser)\\)?",
            Pattern.DOTALL);
    private static final Pattern CONSTRAINT = Pattern.compile(",?\\s*from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);

    private JsonMessages() {
    }

    /** What is wrong with the JSON, without the library's internals. */
    public static String describe(JsonProcessingException e) {
        return clean(e.getOriginalMessage());
    }

    /** Removes library internals from a Jackson message and says what to write instead where it helps. */
    public static String clean(String message) {
        if (message == null) {
            return "invalid JSON";
        }
        String text = SOURCE.matcher(REFERENCE_CHAIN.matcher(message).replaceAll("")).replaceAll("");
        var nonNumeric = NON_NUMERIC.matcher(text);
        if (nonNumeric.matches()) {
            return "'" + nonNumeric.group(1) + "' is not a JSON number (JSON has no NaN or Infinity; write a number, "
                    + "or a string where text is expected)";
        }
        if (text.contains("ALLOW_COMMENTS") || text.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        if (text.contains("ALLOW_SINGLE_QUOTES") || text.contains("(''' (code 39))")) {
            return "strings and names must be in double quotes (\"...\"), not single quotes";
        }
        if (text.contains("ALLOW_UNQUOTED_FIELD_NAMES") || text.contains("was expecting double-quote to start field")) {
            return "names must be in double quotes (\"name\": value)";
        }
        if (text.contains("ALLOW_TRAILING_COMMA") || text.contains("ALLOW_MISSING_VALUES")) {
            return "a value is missing (is there a comma too many?)";
        }
        if (text.contains("ALLOW_UNESCAPED_CONTROL_CHARS") || text.contains("Illegal unquoted character")) {
            return "a string contains a raw control character (a line break or tab must be written \\n or \\t)";
        }
        if (text.contains("ALLOW_LEADING_") || text.contains("Leading zeroes")) {
            return "a number is not written the JSON way (no leading zeros, plus signs or decimal points first)";
        }
        if (text.contains("nesting depth")) {
            return "the JSON is nested too deeply (more than 1000 levels of arrays and objects)";
        }
        // size limits: keep the numbers, drop the name of the Java setting that holds them
        text = CONSTRAINT.matcher(text).replaceAll("");
        return FEATURE_HINT.matcher(text).replaceAll("").trim();
    }
}
