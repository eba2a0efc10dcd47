package org.spikeflow.dl.tests;

import java.nio.file.Path;

import org.spikeflow.dl.DlRuntime;

/** The test runtime's native cache (the build sets spikeflow.dl.cacheDir to a folder under target/). */
final class DlTestSupport {
    private DlTestSupport() {
    }

    static Path expectedCache() {
        String configured = System.getProperty(DlRuntime.CACHE_DIR_PROPERTY);
        if (configured == null) {
            throw new IllegalStateException("The test runtime must set " + DlRuntime.CACHE_DIR_PROPERTY
                    + " (see test-bundles/pom.xml) so natives are not extracted into the home folder");
        }
        return Path.of(configured).toAbsolutePath();
    }
}
