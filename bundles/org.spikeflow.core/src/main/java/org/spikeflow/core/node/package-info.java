/** The node API: factories, models, descriptions, execution context and progress, loop node roles. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.core.node;
