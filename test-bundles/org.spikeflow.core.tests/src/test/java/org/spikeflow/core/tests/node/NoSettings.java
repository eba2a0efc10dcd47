package org.spikeflow.core.tests.node;

import org.spikeflow.core.settings.NodeSettings;

/** Settings of test nodes that have none. */
public class NoSettings extends NodeSettings {
}
