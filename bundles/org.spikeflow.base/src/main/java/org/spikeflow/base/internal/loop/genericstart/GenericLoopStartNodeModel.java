package org.spikeflow.base.internal.loop.genericstart;

import org.spikeflow.base.internal.loop.PassThroughLoopStartModel;

/** Starts a loop without a count: the loop end (e.g. Variable Condition Loop End) decides when to stop. */
public class GenericLoopStartNodeModel extends PassThroughLoopStartModel<GenericLoopStartNodeSettings> {

    public GenericLoopStartNodeModel() {
        super(GenericLoopStartNodeSettings.class);
    }
}
