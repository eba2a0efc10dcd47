package org.spikeflow.nodes.plot.internal.common;

import org.spikeflow.core.settings.Setting;

/** Size, resolution and the optional files of a plot (the {@code output} setting of every plot node). */
public class PlotOutputSettings {
    @Setting(title = "Width", description = "Width of the PNG (and the SVG) in pixels; 0: the node's default"
            + " (1200 for most plots).", unit = "px", min = 0, max = 20000)
    public int width = 0;

    @Setting(title = "Height", description = "Height of the PNG (and the SVG) in pixels; 0: the node's default"
            + " (800 for most plots, more for the grids and the sweep panels).", unit = "px", min = 0, max = 20000)
    public int height = 0;

    @Setting(title = "Resolution", description = "Dots per inch, written into the PNG. Fonts and lines are laid out"
            + " for a printed page of width/dpi × height/dpi inches: for the same pixel size a higher dpi gives larger"
            + " text.", unit = "dpi", min = 10, max = 2400)
    public double dpi = 150;

    @Setting(title = "Write files", description = "Whether the plot is also written to files in the output folder"
            + " (the image is always on the output port).")
    public boolean writeFiles = false;

    @Setting(title = "Folder", description = "Folder of the files; relative paths are relative to the output folder"
            + " (the workflow's folder unless another was chosen). Empty: the node's default, plots (the Comparison"
            + " Plotter: comparison_plots, like single_neuron.py).", path = "output")
    public String folder = "";

    @Setting(title = "File name", description = "File name without extension; empty: derived from the plot's title."
            + " Control it with a flow variable to write one file per loop iteration.")
    public String fileName = "";

    @Setting(title = "Formats", description = "Which files to write: PNG, SVG or both.")
    public FileFormats formats = FileFormats.PNG_AND_SVG;
}
