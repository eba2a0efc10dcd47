package org.spikeflow.nodes.dl.internal.corrector;

import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.dl.internal.common.ForecastColumnsSettings;

/** Settings of the Residual Corrector. */
public class ResidualCorrectorNodeSettings extends ForecastColumnsSettings {
    @Setting(title = "Fall back to identity", description = "When the model did not beat the identity correction"
            + " on its validation data, write the base forecast unchanged into the corrected columns (a warning is"
            + " shown either way).")
    public boolean fallBackToIdentity = true;
}
