/** Columnar data tables: specs, typed columns and builders passed between nodes. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.core.data;
