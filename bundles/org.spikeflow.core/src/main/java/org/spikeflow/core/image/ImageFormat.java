package org.spikeflow.core.image;

/** The encodings an {@link ImagePortObject} carries. */
public enum ImageFormat {
    PNG("png", "image/png"), SVG("svg", "image/svg+xml");

    private final String extension;
    private final String mediaType;

    ImageFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @return the file extension without the dot, e.g. {@code png} */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
