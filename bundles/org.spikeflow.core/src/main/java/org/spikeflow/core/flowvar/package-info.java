/** Flow variables and the flow-object stack that carries them (and loop contexts) along connections. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.flowvar;
