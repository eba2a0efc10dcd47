package org.spikeflow.base.internal.io.csvreader;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the CSV Reader. */
public class CsvReaderNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The CSV file to read; relative paths are relative to the workflow's"
            + " folder.", path = "input", required = true)
    public String path = "";

    @Setting(title = "Delimiter", description = "The text between values, e.g. , or ; (\\t for tab).")
    public String delimiter = ",";

    @Setting(title = "Quote character", description = "The character around values that contain delimiters,"
            + " quotes or line breaks; empty for none.")
    public String quote = "\"";

    @Setting(title = "Has header", description = "Whether the first line (after skipped lines) holds the column"
            + " names. If not, columns are named Column 1, Column 2, ...")
    public boolean hasHeader = true;

    @Setting(title = "Comment character", description = "Lines starting with this character are ignored; empty"
            + " for none.", advanced = true)
    public String commentPrefix = "";

    @Setting(title = "Lines to skip", description = "Lines at the start of the file to ignore, before the header.",
            min = 0, advanced = true)
    public int skipLines = 0;

    @Setting(title = "Column types", description = "Forces the type of some columns: column name to double, int,"
            + " long, string or boolean. Other columns get the type inferred from their values.", advanced = true)
    public Map<String, String> columnTypes = new LinkedHashMap<>();
}
