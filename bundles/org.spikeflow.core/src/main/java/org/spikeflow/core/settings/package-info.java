/** Node settings: annotated settings classes, their JSON form and schema, and settings migrations. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.core.settings;
