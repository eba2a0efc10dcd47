package org.spikeflow.engine;

/** A note on the canvas explaining part of a workflow. */
public record WorkflowAnnotation(String id, String text, int x, int y, int width, int height) {
}
