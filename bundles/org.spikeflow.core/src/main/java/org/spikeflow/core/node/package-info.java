/** The node API: factories, models, descriptions, execution context and progress, loop node roles. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.node;
