/** Port types, port objects and their specs, and the port type registry. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.port;
