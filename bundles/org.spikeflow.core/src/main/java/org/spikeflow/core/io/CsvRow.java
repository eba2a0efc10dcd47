package org.spikeflow.core.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One record of a CSV file as {@link CsvRecords} reads it: its values (quotes removed) and the lines of the file it
 * spans (a quoted value may hold line breaks).
 */
public final class CsvRow {
    private final String[] values;
    private final long firstLine;
    private final long lastLine;

    CsvRow(String[] values, long firstLine, long lastLine) {
        this.values = values;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
    }

    /** @return the number of values */
    public int size() {
        return values.length;
    }

    /**
     * @return value {@code index} (0-based), never null: an empty value is {@code ""}
     * @throws IndexOutOfBoundsException
     *             if the record has no such value
     */
    public String get(int index) {
        return values[index];
    }

    /** @return the values, in order (unmodifiable) */
    public List<String> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /** @return the 1-based line of the file where the record starts */
    public long firstLine() {
        return firstLine;
    }

    /** @return the 1-based line of the file where the record ends */
    public long lastLine() {
        return lastLine;
    }

    @Override
    public String toString() {
        return "CsvRow[lines " + firstLine + "-" + lastLine + ": " + values() + "]";
    }
}
