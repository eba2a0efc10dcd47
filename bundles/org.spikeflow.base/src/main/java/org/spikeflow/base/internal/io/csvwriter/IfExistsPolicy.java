package org.spikeflow.base.internal.io.csvwriter;

/** What the CSV Writer does when the target file exists. */
public enum IfExistsPolicy {
    /** Replace the file (atomically: readers see the old or the new file, never a partial one). */
    OVERWRITE,
    /** Fail and leave the file untouched. */
    FAIL
}
