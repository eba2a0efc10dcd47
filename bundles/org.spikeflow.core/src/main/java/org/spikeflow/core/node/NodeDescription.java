package org.spikeflow.core.node;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A node's documentation as data, for the canvas and the command line: what it does, its settings (with the JSON Schema
 * the dialog is generated from) and its ports.
 *
 * @param nodeType
 *            KNIME's kind of node: Source, Sink, Manipulator, Learner, Predictor, Visualizer, LoopStart, LoopEnd, Other
 */
public record NodeDescription(String id, String name, String category, String nodeType, String shortDescription,
        String fullDescription, List<OptionDescription> options, List<PortDescription> inPorts,
        List<PortDescription> outPorts, ObjectNode settingsSchema, String bundle) {
}
