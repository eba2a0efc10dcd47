package org.spikeflow.nodes.dl.internal.writer;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the LSTM Model Writer. */
public class LstmModelWriterNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The model file to write (a zip of the configuration and parameters);"
            + " relative paths are relative to the output folder (the workflow's folder unless another was chosen).",
            path = "output", required = true)
    public String path = "";

    @Setting(title = "Overwrite", description = "Whether an existing file is replaced; otherwise the node fails.")
    public boolean overwrite = true;
}
