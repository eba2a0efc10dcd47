package org.spikeflow.nodes.plot.internal.report;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Settings of the PDF Report. */
public class PdfReportNodeSettings extends NodeSettings {
    @Setting(title = "File", description = "The PDF file to write; relative paths are relative to the output folder.",
            path = "output", required = true)
    public String path = "report.pdf";

    @Setting(title = "Title", description = "The document title (PDF metadata).")
    public String title = "Spikeflow report";

    @Setting(title = "Path column", description = "Column of the image table (input 6) with PNG or JPEG files,"
            + " one page each; relative paths are relative to the output folder.", columnOfInputPort = 6)
    public String pathColumn = "Path";

    @Setting(title = "Captions", description = "Writes each image's title under it.")
    public boolean captions = true;
}
