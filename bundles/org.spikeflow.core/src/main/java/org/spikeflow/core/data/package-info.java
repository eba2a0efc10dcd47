/** Columnar data tables: specs, typed columns and builders passed between nodes. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.data;
