/** The workflow engine: workflows, their files, configure/execute, the node repository. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.engine;
