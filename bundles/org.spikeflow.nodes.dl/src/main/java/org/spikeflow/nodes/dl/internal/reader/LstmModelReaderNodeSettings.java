package org.spikeflow.nodes.dl.internal.reader;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the LSTM Model Reader. */
public class LstmModelReaderNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The model file written by the LSTM Model Writer; relative paths are"
            + " relative to the workflow's folder.", path = "input", required = true)
    public String path = "";
}
