/** Sub-commands of the headless {@code spikeflow} application, contributed as OSGi services. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.spikeflow.core.batch;
