package org.spikeflow.base.internal.io.csvwriter;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the CSV Writer. */
public class CsvWriterNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The CSV file to write; relative paths are relative to the output folder"
            + " (the workflow's folder unless another was chosen).", path = "output", required = true)
    public String path = "";

    @Setting(title = "Delimiter", description = "The text between values, e.g. , or ; (\\t for tab).")
    public String delimiter = ",";

    @Setting(title = "Write header", description = "Whether the first line holds the column names.")
    public boolean writeHeader = true;

    @Setting(title = "If the file exists", description = "OVERWRITE replaces it, FAIL stops with an error.")
    public IfExistsPolicy ifExists = IfExistsPolicy.OVERWRITE;

    @Setting(title = "Create missing folders", description = "Whether missing parent folders of the file are"
            + " created.")
    public boolean createParentDirectories = true;
}
