package org.spikeflow.nodes.plot.internal.common;

import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** The settings every plot node has: its title and its {@link PlotOutputSettings output}. */
public abstract class PlotNodeSettings extends NodeSettings {
    @Setting(title = "Title", description = "The figure's title (also the image's title on the output port).")
    public String title;

    @Setting(title = "Output", description = "Image size and resolution, and the files to write.")
    public PlotOutputSettings output = new PlotOutputSettings();

    protected PlotNodeSettings(String defaultTitle) {
        this.title = defaultTitle;
    }
}
