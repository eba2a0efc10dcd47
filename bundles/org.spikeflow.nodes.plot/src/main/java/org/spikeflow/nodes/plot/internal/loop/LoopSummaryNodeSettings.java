package org.spikeflow.nodes.plot.internal.loop;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.Setting;
import org.spikeflow.nodes.plot.internal.common.PlotNodeSettings;

/** Settings of the Generative-Loop Summary. */
public class LoopSummaryNodeSettings extends PlotNodeSettings {
    @Setting(title = "Cycle column", description = "Numeric cycle of each row (a Loop End's Iteration column).",
            required = true, columnOfInputPort = 0)
    public String cycleColumn = "Iteration";

    @Setting(title = "Metric columns", description = "Numeric metrics, one panel each.", required = true)
    public List<String> metricColumns = new ArrayList<>(List.of("MAE"));

    @Setting(title = "Group column", description = "One line per value (e.g. Model: base and corrected forecast);"
            + " empty or absent: one line.", columnOfInputPort = 0)
    public String groupColumn = "Model";

    public LoopSummaryNodeSettings() {
        super("Generative loop: metrics per cycle");
    }
}
