package org.spikeflow.engine;

/** Where a node sits on the canvas. */
public record NodePosition(int x, int y) {
}
