package org.spikeflow.base.internal.table.columnappender;

import org.spikeflow.core.settings.NodeSettings;

/** The Column Appender has no settings: columns whose names the first table has are always left out. */
public class ColumnAppenderNodeSettings extends NodeSettings {
}
