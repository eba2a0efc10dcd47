/** File access for nodes: atomic writes, the path policy and user grants for reading and writing files. */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.spikeflow.core.io;
