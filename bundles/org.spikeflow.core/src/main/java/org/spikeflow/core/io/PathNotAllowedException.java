package org.spikeflow.core.io;

import java.io.IOException;

/** A path a {@link PathPolicy} refuses: outside the folders it may use, a special file, or a write-protected file. */
public final class PathNotAllowedException extends IOException {
    private static final long serialVersionUID = 1L;

    public PathNotAllowedException(String message) {
        super(message);
    }
}
