/**
 * Running nodes: {@link org.spikeflow.core.runtime.Node} takes a {@link org.spikeflow.core.node.NodeModel} through
 * configure, execute and reset with its settings and flow variables. For the engine, the canvas and test harnesses;
 * node authors implement the types of {@code org.spikeflow.core.node} and never need this package.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.runtime;
