package org.spikeflow.dl.internal;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;

import org.spikeflow.dl.ResidualModelConfig;

/**
 * The network: stacked (optionally bidirectional) LSTM over the window, then a linear head: either on the last step's
 * output with one unit per output step, or (per-step head) one shared unit on the output at each of the window's last
 * {@code outputSteps} positions.
 */
public final class LstmNetwork {

    private LstmNetwork() {
    }

    public static Block build(ResidualModelConfig config) {
        int outputSteps = config.outputSteps();
        SequentialBlock block = new SequentialBlock();
        if (config.bidirectional()) {
            // Two LSTMs, one on the time-reversed window, outputs concatenated per position. (DJL 0.36's own
            // bidirectional LSTM fails in PyTorch with a parameter shape mismatch.)
            // DJL's LSTM appends its initial states to the NDList it is given, and ParallelBlock gives both branches
            // the same list: each branch takes element 0 into a list of its own.
            SequentialBlock forward = new SequentialBlock();
            forward.add(new LambdaBlock(x -> new NDList(x.get(0)), "own-input"));
            forward.add(lstm(config));
            SequentialBlock backward = new SequentialBlock();
            backward.add(new LambdaBlock(x -> new NDList(x.get(0).flip(1)), "reverse-time"));
            backward.add(lstm(config));
            backward.add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().flip(1)), "restore-time"));
            block.add(new ParallelBlock(outs -> new NDList(outs.get(0).singletonOrThrow().concat(
                    outs.get(1).singletonOrThrow(), 2)), List.of(forward, backward)));
        } else {
            block.add(lstm(config));
        }
        if (config.perStepHead()) {
            // (batch, window, features) → the output positions as rows of one matrix → 1 unit → (batch, outputs).
            block.add(new LambdaBlock(x -> {
                NDArray last = x.singletonOrThrow().get(":, -" + outputSteps + ":, :");
                return new NDList(last.reshape(-1, last.getShape().get(2)));
            }, "output-positions"));
            block.add(Linear.builder().setUnits(1).build());
            block.add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().reshape(-1, outputSteps)), "per-step"));
        } else {
            block.add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().get(":, -1, :")), "last-step"));
            block.add(Linear.builder().setUnits(outputSteps).build());
        }
        return block;
    }

    private static LSTM lstm(ResidualModelConfig config) {
        return LSTM.builder().setStateSize(config.hiddenSize()).setNumLayers(config.layers())
                .optDropRate((float) config.dropout()).optBatchFirst(true).optReturnState(false).build();
    }
}
