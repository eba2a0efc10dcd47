/** Small helpers for user-facing messages shared by all bundles: closest-name suggestions, echoed-input limits. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.util;
