/**
 * Test support for node bundles: {@link org.spikeflow.testing.NodeTesting} runs one node outside a workflow the way the
 * engine does.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.testing;
