package org.spikeflow.nodes.plot.internal.common;

import java.util.List;

import org.spikeflow.core.image.ImageFormat;

/** Which files a plot node or the Image Writer writes. */
public enum FileFormats {
    PNG(List.of(ImageFormat.PNG)), SVG(List.of(ImageFormat.SVG)), PNG_AND_SVG(
            List.of(ImageFormat.PNG, ImageFormat.SVG));

    private final List<ImageFormat> formats;

    FileFormats(List<ImageFormat> formats) {
        this.formats = formats;
    }

    public List<ImageFormat> formats() {
        return formats;
    }
}
