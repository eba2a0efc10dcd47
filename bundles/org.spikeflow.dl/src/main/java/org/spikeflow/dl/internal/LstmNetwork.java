package org.spikeflow.dl.internal;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;

/** The network: stacked LSTM over the window, its last step's state, a linear head with one output per step. */
public final class LstmNetwork {

    private LstmNetwork() {
    }

    public static Block build(int layers, int hiddenSize, double dropout, int outputSteps) {
        SequentialBlock block = new SequentialBlock();
        block.add(LSTM.builder().setStateSize(hiddenSize).setNumLayers(layers).optDropRate((float) dropout)
                .optBatchFirst(true).optReturnState(false).build());
        block.add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().get(":, -1, :")), "last-step"));
        block.add(Linear.builder().setUnits(outputSteps).build());
        return block;
    }
}
