package org.spikeflow.core.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** How the {@link BatchCommand}s of every bundle print text and JSON: wrapped paragraphs, indented JSON. */
public final class ConsoleText {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConsoleText() {
    }

    /** @return {@code node} as indented JSON (Jackson's default pretty printer) */
    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wraps text at {@code width} columns, each line starting with {@code indent}, keeping paragraph breaks. */
    public static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            StringBuilder line = new StringBuilder(indent);
            for (String word : paragraph.split("\\s+")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(indent);
                }
                if (line.length() > indent.length()) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.append(line);
        }
        return out.toString();
    }
}
