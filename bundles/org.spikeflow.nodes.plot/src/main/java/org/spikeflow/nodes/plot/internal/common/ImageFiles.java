package org.spikeflow.nodes.plot.internal.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.image.ImageFormat;
import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.node.ExecutionContext;

/** Writing images to files: atomically, one file per format, each reported to the run summary. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * A file name from free text: letters, digits, '-', '_' and '.' kept, other characters replaced by '_'.
     *
     * @return the name, or {@code fallback} when nothing is left
     */
    public static String safeName(String text, String fallback) {
        String name = text == null
                ? ""
                : text.trim().replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "")
                        .replaceAll("_+$", "");
        return name.isEmpty() ? fallback : name;
    }

    /**
     * Writes {@code base.<ext>} for each format.
     *
     * @param base
     *            the path without extension
     * @return the written files
     */
    public static List<Path> write(ImagePortObject image, Path base, List<ImageFormat> formats, ExecutionContext exec)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ImageFormat format : formats) {
            Path file = base.resolveSibling(base.getFileName() + "." + format.extension());
            if (Files.isDirectory(file)) {
                throw new IOException("Cannot write " + format + " file " + file + ": it is a folder");
            }
            byte[] content = image.getBytes(format);
            AtomicFiles.write(file, out -> out.write(content));
            exec.fileWritten(file);
            written.add(file);
        }
        return written;
    }
}
